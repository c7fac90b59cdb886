#include "ui/advisor/FindingsTree.h"

#include "i18n/Punctuation.h"
#include "report/CitationIndex.h"
#include "report/builders/AdviceDocument.h"
#include "ui/advisor/SourceItems.h"
#include "ui/widgets/AccessibleText.h"

#include <QStyle>

namespace rolelens {
namespace {

QStyle::StandardPixmap iconFor(Advice::Severity severity)
{
    switch (severity) {
    case Advice::Severity::Critical:
        return QStyle::SP_MessageBoxCritical;
    case Advice::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Advice::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

FindingsTree::FindingsTree(const Catalog &catalog, QWidget *parent)
    : WrappingTreeWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("findingsTree"));
    AccessibleText::follow(
        this, [] { return tr("Findings"); },
        [] {
            return tr("What to look out for in your expectations, each finding with its "
                      "explanation, what to do instead and its sources.");
        });
    showOneWrappedColumn();
}

void FindingsTree::setAdvice(const Advice &advice)
{
    // Keep what the user opened open across live updates.
    QStringList expanded;
    const bool first = findingIds().isEmpty();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded()) {
            expanded.append(topLevelItem(i)->data(0, IdRole).toString() + QLatin1Char('/') +
                            topLevelItem(i)->data(0, Qt::UserRole + 2).toString());
        }
    }
    clear();
    if (advice.findings.isEmpty() && advice.judgedRoleId.isEmpty()) {
        // Nothing entered yet: no verdict, not a green light.
        auto *empty = new QTreeWidgetItem(
            this, {tr("Findings show here once you say what you want from the hire.")});
        empty->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        empty->setFlags(Qt::ItemIsEnabled);
        return;
    }
    if (advice.findings.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {AdviceDocument::noFindings()});
        none->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    CitationIndex citations;
    for (const auto &finding : advice.findings) {
        auto *item = new QTreeWidgetItem(this, {finding.message});
        item->setIcon(0, style()->standardIcon(iconFor(finding.severity)));
        item->setData(0, IdRole, finding.id);
        item->setData(0, SeverityRole, Advice::severityKey(finding.severity));
        item->setData(0, Qt::UserRole + 2, finding.subject);
        item->setToolTip(0, Advice::severityLabel(finding.severity));
        // Screen readers hear the severity the icon shows.
        item->setData(
            0, Qt::AccessibleTextRole,
            Punctuation::labelled(Advice::severityLabel(finding.severity), finding.message));
        if (!finding.explanation.isEmpty()) {
            new QTreeWidgetItem(item, {tr("Why: %1").arg(finding.explanation)});
        }
        if (!finding.suggestion.isEmpty()) {
            new QTreeWidgetItem(item, {tr("What to do: %1").arg(finding.suggestion)});
        }
        SourceItems::add(item, finding.sources, m_catalog, citations);
        // The most serious finding starts open; later, what the user opened stays open.
        if (expanded.contains(finding.id + QLatin1Char('/') + finding.subject) ||
            (first && item == topLevelItem(0))) {
            item->setExpanded(true);
        }
    }
}

QTreeWidgetItem *FindingsTree::findingItem(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, IdRole).toString() == id) {
            return topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace rolelens
