// task-out-of-scope: a task none of the judged role's responsibilities covers is another's work.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks each task against the judged role's responsibilities and names the role that does
// it, or, where the articles disagree on whose work it is, every position.
class TaskScopeRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
    // The catalog's text as a sentence of its own: capitalised, with its full stop.
    static QString asSentence(QString text);

private:
    // "As one article puts it: “…”", or empty when no citation has a quote.
    static QString inTheirWords(const Citations &citations);
    // The reason the role's own exclusions give for this task, cited into `sources`.
    static QString fromExclusions(const QList<const Exclusion *> &exclusions, Citations &sources);
    // Without such an exclusion: what the handling role's entry says of the task.
    static QString fromHandler(const Role &role, const Role &handler, const Task &task,
                               Citations &sources);
    // Adds the disagreement's every position to the finding, and names every role that takes
    // the work in one of them.
    static void disputed(const RuleContext &context, const Task &task, const Disagreement &dispute,
                         Advice::Finding &finding);
};

} // namespace rolelens
