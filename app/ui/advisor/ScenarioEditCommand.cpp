#include "ui/advisor/ScenarioEditCommand.h"

#include <utility>

namespace rolelens {

using Field = ScenarioForm::Field;

ScenarioEditCommand::ScenarioEditCommand(ScenarioForm *form, Field field,
                                         ScenarioForm::State before, ScenarioForm::State after,
                                         const QString &measure)
    : QUndoCommand(describe(field, measure)), m_form(form), m_field(field),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void ScenarioEditCommand::undo()
{
    m_form->restore(m_before, m_field);
    m_done = false;
}

void ScenarioEditCommand::redo()
{
    if (!m_done) {
        m_form->restore(m_after, m_field);
        m_done = true;
    }
}

int ScenarioEditCommand::id() const
{
    switch (m_field) {
    case Field::BusinessName:
    case Field::CurrentFollowers:
    case Field::TargetFollowers:
    case Field::Weeks:
    case Field::Currency:
    case Field::Salary:
    case Field::AdSpend:
    case Field::Growth:
        return kMergingId;
    default:
        return -1; // a tick or a choice is a step of its own
    }
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioEditCommand *>(other);
    if (next->m_field != m_field) {
        return false;
    }
    m_after = next->m_after;
    // Typed back to where it started: nothing is left to undo.
    setObsolete(m_after == m_before);
    return true;
}

QString ScenarioEditCommand::describe(Field field, const QString &measure)
{
    switch (field) {
    case Field::BusinessName:
        return tr("change business name");
    case Field::BusinessSize:
        return tr("change business size");
    case Field::Considering:
        return tr("change the role considered");
    case Field::Goals:
        return tr("change what you want from the hire");
    case Field::Tasks:
        return tr("change what the hire will do");
    case Field::OneHireCovers:
        return tr("change the roles one hire covers");
    case Field::Followers:
        return tr("change the follower expectation");
    case Field::CurrentFollowers:
        return tr("change followers now");
    case Field::TargetFollowers:
        return tr("change followers expected");
    case Field::Weeks:
        return tr("change weeks to get there");
    case Field::JudgeBy:
        return tr("change how the hire is judged");
    case Field::Currency:
        return tr("change currency");
    case Field::Salary:
        return tr("change salary");
    case Field::AdSpend:
        return tr("change ad spend");
    case Field::Growth:
        return tr("change growth assumption");
    case Field::GrowthReset:
        return tr("reset growth assumption");
    case Field::OwnFigure:
        return tr("change your figure for %1").arg(measure);
    case Field::IssuedAgreement:
        return tr("record the agreement issued");
    case Field::JobPostKeeps:
        return tr("change what the job post keeps");
    }
    return {};
}

} // namespace rolelens
