#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "ui/widgets/WrappingTreeWidget.h"

namespace rolelens {

// The roles that fit the owner's goals and tasks, best first, each with its fit (its tooltip
// says what the fit combines) and the reasons below it. A large catalog may have thousands that
// cover something: the list shows Advice::listedRecommendations(), then says how many more there
// are.
class RecommendationList : public WrappingTreeWidget {
    Q_OBJECT

public:
    explicit RecommendationList(const Catalog &catalog, QWidget *parent = nullptr);

    void setAdvice(const Advice &advice);
    // What the fit combines, for the column's tooltip.
    static QString fitExplanation();
    QStringList roleIds() const { return topLevelIds(); }

private:
    void addRecommendation(const Advice &advice, const Advice::Recommendation &recommendation,
                           const QString &current);

    const Catalog &m_catalog;
};

} // namespace rolelens
