#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
QT_END_NAMESPACE

namespace rolelens {

// What the window shows while a large catalog loads on a worker thread: how far it has got
// and which file it is reading. Closing the window cancels the load.
class CatalogLoadingPage : public QWidget {
    Q_OBJECT

public:
    explicit CatalogLoadingPage(QWidget *parent = nullptr);

    void showProgress(qint64 bytesRead, qint64 totalBytes, const QString &file);

private:
    QProgressBar *m_progress;
    QLabel *m_detail;
};

} // namespace rolelens
