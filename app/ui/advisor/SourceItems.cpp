#include "ui/advisor/SourceItems.h"

#include <QHash>

namespace rolelens {

void SourceItems::add(QTreeWidgetItem *parent, const Citations &sources, const Catalog &catalog,
                      CitationIndex &citations, Branch open)
{
    if (sources.isEmpty()) {
        return;
    }
    auto *branch = new QTreeWidgetItem(parent, {tr("Sources")});
    QStringList order;
    QHash<QString, QStringList> quotes;
    for (const auto &citation : sources) {
        if (!order.contains(citation.sourceId)) {
            order.append(citation.sourceId);
        }
        if (!citation.quote.isEmpty()) {
            quotes[citation.sourceId].append(QStringLiteral("“%1”").arg(citation.quote));
        }
    }
    for (const auto &sourceId : order) {
        const Source *source = catalog.source(sourceId);
        const QString title = source ? source->title : sourceId;
        auto *line = new QTreeWidgetItem(
            branch, {citations.markers({Citation{sourceId, {}}}) + QLatin1Char(' ') + title});
        QString tip = quotes.value(sourceId).join(QStringLiteral("\n\n"));
        if (tip.isEmpty()) {
            tip = source && source->kind == Source::Kind::Illustrative
                      ? tr("An illustrative assumption, not a quotation.")
                      : tr("General practice; no quotation.");
        }
        if (source && !source->publisher.isEmpty()) {
            tip += QStringLiteral("\n— ") + source->publisher;
        }
        line->setToolTip(0, tip);
    }
    branch->setExpanded(open == Branch::Open);
}

} // namespace rolelens
