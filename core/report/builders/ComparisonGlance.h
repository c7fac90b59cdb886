#pragma once

#include "catalog/Catalog.h"
#include "compare/Comparison.h"
#include "report/Document.h"

#include <QCoreApplication>

namespace rolelens {

// The comparison's first page, for an owner to read in a minute: each role's purpose in a
// line, the dimensions on which they differ in the catalog's keywords, what each does not do,
// what each is mainly judged by (the chart of the primary metrics), and the questions on which
// the articles disagree. The full side-by-side follows it as the detail (ComparisonDocument).
class ComparisonGlance {
    // The comparison's context: these sentences are part of its sheet.
    Q_DECLARE_TR_FUNCTIONS(ComparisonDocument)

public:
    static void add(Document &document, const Catalog &catalog, const Comparison &comparison);

    // The questions the sources disagree on that concern at least two of the compared roles;
    // one about a single compared role is in that role's profile.
    static QList<const Disagreement *> disagreementsBetween(const Catalog &catalog,
                                                            const QStringList &roleIds);
    // The first sentence of a statement up to a colon or semicolon, where what follows spells
    // out or adds to it: what a one-line summary may quote of it.
    static QString firstClause(const QString &text);
    // An exclusion's name, before its explanation ("Website management").
    static QString shortTask(const QString &task);
    // The metrics at least one of the roles is mainly judged by, in the catalog's order.
    static QStringList primaryMetrics(const Catalog &catalog, const QStringList &roleIds);
};

} // namespace rolelens
