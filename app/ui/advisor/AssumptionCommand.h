#pragma once

#include "ui/advisor/AssumptionTableModel.h"

#include <QUndoCommand>

namespace rolelens {

// A change of the expected-results assumptions (one value, or all back to the catalog's),
// undone and redone by setting every row's values as they were before or after it.
// Consecutive edits of one cell merge into one step.
class AssumptionCommand : public QUndoCommand {
public:
    using Values = AssumptionTableModel::Values;

    // `cell` names the one cell edited ("role/column"); empty for a change of several.
    AssumptionCommand(AssumptionTableModel *model, const QString &text, Values before, Values after,
                      QString cell);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    static constexpr int kMergingId = 0xa55;

    AssumptionTableModel *m_model;
    Values m_before;
    Values m_after;
    QString m_cell;
};

} // namespace rolelens
