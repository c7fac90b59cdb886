#include "ui/advisor/AssumptionCommand.h"

#include <utility>

namespace rolelens {

AssumptionCommand::AssumptionCommand(AssumptionTableModel *model, const QString &text,
                                     Values before, Values after, QString cell)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after)),
      m_cell(std::move(cell))
{
}

void AssumptionCommand::undo()
{
    m_model->setValues(m_before);
}

void AssumptionCommand::redo()
{
    m_model->setValues(m_after);
}

int AssumptionCommand::id() const
{
    return m_cell.isEmpty() ? -1 : kMergingId;
}

bool AssumptionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AssumptionCommand *>(other);
    if (next->m_cell != m_cell) {
        return false;
    }
    m_after = next->m_after;
    // Typed back to where it started: nothing is left to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace rolelens
