#pragma once

#include "catalog/Catalog.h"
#include "model/RoleLink.h"

#include <QList>
#include <QString>

namespace rolelens {

// The catalog's reporting lines, each once: a line is stated on both ends (the supervisor's
// `supervises`, the other's `reportsTo`), and either end may describe it. Shared by the
// profile and the role map, so that both say the same of a line.
class ReportingLines {
public:
    struct Line {
        QString supervisorId;
        QString supervisedId;
        // The described entries of both ends, the supervisor's first; empty when both ends
        // name the line with a plain id.
        QList<RoleLink> statements;
    };

    // Every line, in catalog order of the supervisors and then of their `supervises`.
    static QList<Line> all(const Catalog &catalog);
    // A statement as one text: its label, then its condition, as sentences ("Often supervises
    // it. In a larger organisation ...").
    static QString text(const RoleLink &statement);
    // What the catalog says of the line from `supervisorId` to `supervisedId`.
    static QList<RoleLink> statements(const Catalog &catalog, const QString &supervisorId,
                                      const QString &supervisedId);
};

} // namespace rolelens
