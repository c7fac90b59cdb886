#pragma once

#include "model/ResultCurve.h"

#include <QHash>
#include <QStringList>
#include <QUndoCommand>

namespace rolelens {

class CompareView;

// A change of the roles compared (adding, removing, clearing), undone and redone by showing
// the roles as they were before or after it, with the assumptions then in force: a role
// brought back by undo comes back with the assumptions the owner had given it.
class ComparisonCommand : public QUndoCommand {
public:
    // What a comparison is, for undo: the roles and the assumptions in force for them.
    struct State {
        QStringList roles;
        QHash<QString, ResultCurve> assumptions;

        bool operator==(const State &) const = default;
    };

    // From what the view shows now to `roles`, made when pushed.
    ComparisonCommand(CompareView *view, const QString &text, const QStringList &roles);

    void undo() override;
    void redo() override;

    static State stateOf(const CompareView &view);

private:
    void show(const State &state);

    CompareView *m_view;
    State m_before;
    State m_after;
};

} // namespace rolelens
