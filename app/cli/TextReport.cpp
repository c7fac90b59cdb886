#include "cli/TextReport.h"

#include "cli/TextRenderer.h"
#include "cli/TextWrap.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

using textwrap::wrapped;

const QString kIndent = QStringLiteral("  ");
const QString kBulletIndent = QStringLiteral("    ");
const QString kBullet = QStringLiteral("  - ");

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
    return TextRenderer::render(ComparisonDocument::build(catalog, comparison), catalog);
}

QString TextReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return TextRenderer::render(AdviceDocument::build(catalog, advice), catalog);
}

QString TextReport::document(const Catalog &catalog, const Document &document) const
{
    return TextRenderer::render(document, catalog);
}

} // namespace rolelens
