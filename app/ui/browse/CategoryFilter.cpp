#include "ui/browse/CategoryFilter.h"

#include "ui/widgets/AccessibleText.h"

#include <QSignalBlocker>

#include <algorithm>

namespace rolelens {

CategoryFilter::CategoryFilter(const Catalog &catalog, QWidget *parent)
    : QComboBox(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("categoryFilter"));
    refill();
}

void CategoryFilter::refill()
{
    const QSignalBlocker blocker(this);
    const int chosen = std::max(0, currentIndex());
    clear();
    // Filled again on every change of language, and named with it.
    AccessibleText::set(this, tr("Category"), tr("Lists only the roles of the chosen category."));
    addItem(tr("All categories"), QString());
    QStringList categories;
    for (const auto &role : m_catalog.roles()) {
        if (!categories.contains(role.category)) {
            categories.append(role.category);
            addItem(role.category, role.category);
        }
    }
    setCurrentIndex(std::min(chosen, count() - 1));
}

} // namespace rolelens
