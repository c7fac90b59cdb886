#pragma once

#include "ui/advisor/ScenarioForm.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace rolelens {

// One change of the scenario in the form, undone and redone by showing the state before or
// after it again. Consecutive changes of one field that is typed or stepped (a name, an
// amount, a figure) merge into one step, "change salary" rather than one per digit; ticks,
// choices and own figures stay a step each.
class ScenarioEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(rolelens::ScenarioEditCommand)

public:
    // The form shows `after` already. `measure`: the name of the measure of an own figure.
    ScenarioEditCommand(ScenarioForm *form, ScenarioForm::Field field, ScenarioForm::State before,
                        ScenarioForm::State after, const QString &measure = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // "change salary": what the Edit menu says after "Undo".
    static QString describe(ScenarioForm::Field field, const QString &measure = {});

private:
    static constexpr int kMergingId = 0x5ce7;

    ScenarioForm *m_form;
    ScenarioForm::Field m_field;
    ScenarioForm::State m_before;
    ScenarioForm::State m_after;
    // push() calls redo() at once, when the form shows the change already.
    bool m_done = true;
};

} // namespace rolelens
