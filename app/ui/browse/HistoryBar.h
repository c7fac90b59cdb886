#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace rolelens {

// Back and Forward above a role's profile: the two actions (Alt+Left, Alt+Right, also in the
// Roles menu) and their buttons, which take no focus: the keys are the keyboard's way.
class HistoryBar : public QWidget {
    Q_OBJECT

public:
    explicit HistoryBar(QWidget *parent = nullptr);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

private:
    QAction *m_back;
    QAction *m_forward;
};

} // namespace rolelens
