#include "ui/advisor/RecommendationList.h"

#include "report/Figures.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WrappingItemDelegate.h"

#include <QHeaderView>

namespace rolelens {

RecommendationList::RecommendationList(const Catalog &catalog, QWidget *parent)
    : WrappingTreeWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("recommendationList"));
    setColumnCount(2);
    Retranslation::apply(this, [this] {
        AccessibleText::set(this, tr("Roles that fit"),
                            tr("Every role ranked by how well it fits your goals and tasks, with "
                               "its fit from 0 to 100 %."));
        //: Column titles: a role, and how well it fits the owner's goals and tasks (a percentage).
        setHeaderLabels({tr("Role"), tr("Fit")});
        headerItem()->setToolTip(1, fitExplanation());
    });
    setWordWrap(true);
    setItemDelegate(new WrappingItemDelegate(this));
    setUniformRowHeights(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    header()->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
}

QString RecommendationList::fitExplanation()
{
    return tr("Fit, from 0 to 100 %: four fifths for how much of what you listed the role "
              "covers (what only general practice, not an article, says it covers counts half), "
              "one fifth for how much of what the role is mainly judged by your goals ask for.");
}

void RecommendationList::setAdvice(const Advice &advice)
{
    const QString current = currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
    clear();
    if (advice.recommendations.isEmpty()) {
        auto *none = new QTreeWidgetItem(
            this, {tr("Tick what you want from the hire, or what the hire will do.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
        return;
    }
    const QList<Advice::Recommendation> listed = advice.listedRecommendations();
    for (const auto &recommendation : listed) {
        addRecommendation(advice, recommendation, current);
    }
    if (listed.size() < advice.recommendations.size()) {
        auto *more = new QTreeWidgetItem(
            this, {tr("%n more role(s) cover part of this; tick more goals and tasks to narrow "
                      "it down.",
                      nullptr, static_cast<int>(advice.recommendations.size() - listed.size()))});
        more->setFlags(Qt::ItemIsEnabled);
        more->setFirstColumnSpanned(true);
        more->setForeground(0, palette().brush(QPalette::PlaceholderText));
    }
}

void RecommendationList::addRecommendation(const Advice &advice,
                                           const Advice::Recommendation &recommendation,
                                           const QString &current)
{
    auto *item = new QTreeWidgetItem(this, {m_catalog.roleTitle(recommendation.roleId)});
    item->setData(0, IdRole, recommendation.roleId);
    item->setToolTip(0, recommendation.reasons.join(QLatin1Char('\n')));
    if (recommendation.roleId == advice.judgedRoleId) {
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setToolTip(0, tr("The findings and targets are about this role.") +
                                QLatin1Char('\n') + item->toolTip(0));
    }
    for (const auto &reason : recommendation.reasons) {
        auto *child = new QTreeWidgetItem(item, {reason});
        child->setFirstColumnSpanned(true);
    }
    // The figure as text: a bar's own label vanished under its chunk from about 40 %.
    item->setText(1, Figures::fit(recommendation.fit));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
    item->setToolTip(1, fitExplanation());
    if (recommendation.roleId == current) {
        setCurrentItem(item);
    }
}

} // namespace rolelens
