#pragma once

#include "catalog/Catalog.h"
#include "ui/widgets/DocumentBrowser.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QSplitter;
QT_END_NAMESPACE

namespace rolelens {

class ChartPanel;

// One role's profile: the cited text, and beside it the chart of its success metrics. The
// text is one Tab stop whose links the arrow keys reach (LinkBrowser); a citation's quote and
// a metric's definition show at the link on hover, click, Return or Space, so that every
// statement's source can be read without a mouse.
class ProfileView : public QWidget {
    Q_OBJECT

public:
    explicit ProfileView(const Catalog &catalog, QWidget *parent = nullptr);

    void showRole(const QString &roleId);
    QString roleId() const { return m_roleId; }
    QSplitter *splitter() const { return m_splitter; }
    LinkBrowser *browser() const { return m_browser; }
    QChartView *chartView() const;

signals:
    void roleLinkActivated(const QString &roleId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Renders now when visible; otherwise when next shown, at the size it is shown at, so
    // that the long profile is laid out once rather than again at every size on the way.
    void renderWhenVisible();
    void render();

    const Catalog &m_catalog;
    QString m_roleId;
    bool m_stale = false;
    QSplitter *m_splitter;
    DocumentBrowser *m_browser;
    ChartPanel *m_chart;
};

} // namespace rolelens
