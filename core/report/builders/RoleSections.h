#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Blocks.h"

#include <QCoreApplication>

namespace rolelens {

// What several documents show of a role the same way: what it does not do and who does, and
// how its metrics are defined and weighed.
class RoleSections {
    // The profile's context, where these sentences were first translated.
    Q_DECLARE_TR_FUNCTIONS(ProfileDocument)

public:
    // "Task → the role that does it", each with its sources; empty when the catalog lists none.
    static blocks::BulletList exclusions(const Catalog &catalog, const Role &role);
    // The same, or a sentence saying the catalog lists nothing, for a section that is always there.
    static blocks::Block exclusionsOrNone(const Catalog &catalog, const Role &role);
    // The metric's definition, then its formula where it has one; empty for no metric.
    static QString definition(const Metric *metric);
    // Each question on which the sources disagree, with every position and its sources; empty
    // for none.
    static blocks::BulletList disagreements(const QList<const Disagreement *> &disagreements);
    // "Name: description", the name set apart, with the statement's sources.
    static blocks::Paragraph named(const QString &name, const QString &description,
                                   const Citations &sources);
    // "Short task → the role that does it", with the exclusion's sources.
    static blocks::ListItem exclusionLine(const Catalog &catalog, const Exclusion &exclusion);
    // What is not part of the role, with who does it instead: the catalog's exclusions, then
    // the owner's own tasks the plan gives to another role (said, never piled onto this one).
    // KEPT: task ids the owner keeps in the document anyway, marked there, so left out here.
    static blocks::BulletList notPartOf(const Catalog &catalog, const Role &role,
                                        const Advice &advice, const QStringList &kept = {});
    // "primary" or "secondary": what the role is mainly judged by, or also.
    static QString emphasis(const MetricUse &use);
};

} // namespace rolelens
