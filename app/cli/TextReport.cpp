#include "cli/TextReport.h"

#include "cli/TextRenderer.h"
#include "cli/TextWrap.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ProfileDocument.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

using textwrap::wrapped;

const QString kIndent = QStringLiteral("  ");
const QString kBulletIndent = QStringLiteral("    ");
const QString kBullet = QStringLiteral("  - ");

QString heading(const QString &title)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('-')) +
           QLatin1Char('\n');
}

QString joined(const QStringList &names)
{
    return names.isEmpty() ? TextReport::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

QString TextReport::list(const Catalog &catalog) const
{
    qsizetype idWidth = 0;
    for (const auto &role : catalog.roles()) {
        idWidth = std::max(idWidth, role.id.size());
    }
    QStringList categories;
    for (const auto &role : catalog.roles()) {
        if (!categories.contains(role.category)) {
            categories.append(role.category);
        }
    }
    QString out;
    for (const auto &category : categories) {
        out += category + QLatin1Char('\n');
        for (const auto &role : catalog.roles()) {
            if (role.category != category) {
                continue;
            }
            QString title = role.title;
            if (!role.aliases.isEmpty()) {
                title += QStringLiteral(" (%1)").arg(role.aliases.join(QStringLiteral(", ")));
            }
            const QString first = kIndent + role.id.leftJustified(idWidth + 2);
            out += wrapped(title, QString(first.size(), QLatin1Char(' ')), first);
        }
    }
    out += QLatin1Char('\n') +
           tr("Roles: %1. Show one with: rolelens show ID").arg(catalog.roles().size()) +
           QLatin1Char('\n');
    return out;
}

QString TextReport::show(const Catalog &catalog, const Role &role) const
{
    return TextRenderer::render(ProfileDocument::build(catalog, role), catalog);
}

QString TextReport::compare(const Catalog &catalog, const Comparison &comparison) const
{
    QList<const Role *> roles;
    QStringList titles;
    for (const auto &id : comparison.roleIds) {
        roles.append(catalog.role(id));
        titles.append(roles.last()->title);
    }
    QString out = wrapped(tr("Comparing %1").arg(titles.join(QStringLiteral(" | "))), QString());

    for (const auto &row : comparison.rows) {
        out += heading(QStringLiteral("%1: %2").arg(dimensions::label(row.dimension),
                                                    relations::label(row.relation)));
        for (qsizetype i = 0; i < roles.size(); ++i) {
            out += wrapped(roles.at(i)->title + QStringLiteral(" [") +
                               row.tags.at(i).join(QStringLiteral(", ")) + QStringLiteral("]"),
                           kIndent, QString());
            out += wrapped(row.texts.at(i), kIndent);
        }
    }

    out += heading(tr("Success metric weights (1-5)"));
    QString columns;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        columns += QStringLiteral(" R%1").arg(i + 1);
    }
    out += QStringLiteral("  %1%2\n").arg(QString(), -40).arg(columns);
    for (const auto &metricId : catalog.metricsUsedBy(comparison.roleIds)) {
        QString cells;
        for (const Role *role : roles) {
            const MetricUse *use = role->metricUse(metricId);
            cells += use ? QStringLiteral("  %1").arg(use->weight) : QStringLiteral("  -");
        }
        out +=
            QStringLiteral("  %1%2\n").arg(catalog.metricName(metricId).left(40), -40).arg(cells);
    }
    for (qsizetype i = 0; i < roles.size(); ++i) {
        out += QStringLiteral("  R%1 = %2\n").arg(i + 1).arg(roles.at(i)->title);
    }

    out += heading(tr("Shared by all and unique to each"));
    out += wrapped(
        tr("Shared metrics: %1").arg(joined(catalog.metricNames(comparison.metrics.shared))),
        kBulletIndent, kIndent);
    out += wrapped(
        tr("Shared responsibilities: %1")
            .arg(joined(roles.first()->responsibilityNames(comparison.responsibilities.shared))),
        kBulletIndent, kIndent);
    out += wrapped(
        tr("Shared skills: %1").arg(joined(roles.first()->skillNames(comparison.skills.shared))),
        kBulletIndent, kIndent);
    for (const Role *role : roles) {
        out += QLatin1Char('\n') + wrapped(tr("Only %1:").arg(role->title), kIndent, kIndent);
        out += wrapped(
            tr("Metrics: %1")
                .arg(joined(catalog.metricNames(comparison.metrics.unique.value(role->id)))),
            kBulletIndent + QStringLiteral("  "), kBulletIndent);
        out += wrapped(tr("Responsibilities: %1")
                           .arg(joined(role->responsibilityNames(
                               comparison.responsibilities.unique.value(role->id)))),
                       kBulletIndent + QStringLiteral("  "), kBulletIndent);
        out += wrapped(tr("Skills: %1")
                           .arg(joined(role->skillNames(comparison.skills.unique.value(role->id)))),
                       kBulletIndent + QStringLiteral("  "), kBulletIndent);
    }
    return out;
}

QString TextReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return TextRenderer::render(AdviceDocument::build(catalog, advice), catalog);
}

} // namespace rolelens
