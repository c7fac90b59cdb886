#include "ui/compare/ComparisonCommand.h"

#include "ui/advisor/AssumptionTableModel.h"
#include "ui/compare/CompareView.h"

namespace rolelens {

ComparisonCommand::ComparisonCommand(CompareView *view, const QString &text,
                                     const QStringList &roles)
    : QUndoCommand(text), m_view(view), m_before(stateOf(*view)),
      // Roles that stay keep their assumptions; a new one starts from the catalog's.
      m_after{roles, m_before.assumptions}
{
}

ComparisonCommand::State ComparisonCommand::stateOf(const CompareView &view)
{
    return {view.roles(), view.assumptionModel()->values()};
}

void ComparisonCommand::undo()
{
    show(m_before);
}

void ComparisonCommand::redo()
{
    show(m_after);
}

void ComparisonCommand::show(const State &state)
{
    m_view->setRoles(state.roles);
    // After the roles: the model keeps values only for the rows it has.
    m_view->assumptionModel()->setValues(state.assumptions);
}

} // namespace rolelens
