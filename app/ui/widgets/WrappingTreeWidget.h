#pragma once

#include <QTreeWidget>

namespace rolelens {

// A tree whose rows wrap their text, so their height follows the width, and whose top-level
// items carry the id of what they show (a finding, a role) in IdRole.
class WrappingTreeWidget : public QTreeWidget {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    explicit WrappingTreeWidget(QWidget *parent = nullptr);

    // The ids of the top-level items, top to bottom.
    QStringList topLevelIds() const;

protected:
    // One column of wrapped text, no header, one row selectable at a time: the advisor's
    // lists of findings and of the plan.
    void showOneWrappedColumn();
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace rolelens
