#include "map/ReportingLines.h"

namespace rolelens {

namespace {

void appendDescribed(const QList<RoleLink> &links, const QString &roleId, QList<RoleLink> &into)
{
    for (const auto &link : links) {
        if (link.roleId == roleId && link.isDescribed()) {
            into.append(link);
        }
    }
}

} // namespace

QList<ReportingLines::Line> ReportingLines::all(const Catalog &catalog)
{
    QList<Line> lines;
    for (const auto &role : catalog.roles()) {
        for (const auto &link : role.supervises) {
            lines.append({role.id, link.roleId, statements(catalog, role.id, link.roleId)});
        }
    }
    return lines;
}

QString ReportingLines::text(const RoleLink &statement)
{
    QStringList sentences;
    for (QString sentence : {statement.label, statement.condition}) {
        if (sentence.isEmpty()) {
            continue;
        }
        // The catalog writes each without a full stop, to be shown alone on the map too.
        if (!sentence.endsWith(QLatin1Char('.'))) {
            sentence += QLatin1Char('.');
        }
        sentences.append(sentence);
    }
    return sentences.join(QLatin1Char(' '));
}

QList<RoleLink> ReportingLines::statements(const Catalog &catalog, const QString &supervisorId,
                                           const QString &supervisedId)
{
    QList<RoleLink> found;
    if (const Role *supervisor = catalog.role(supervisorId)) {
        appendDescribed(supervisor->supervises, supervisedId, found);
    }
    if (const Role *supervised = catalog.role(supervisedId)) {
        appendDescribed(supervised->reportsTo, supervisorId, found);
    }
    return found;
}

} // namespace rolelens
