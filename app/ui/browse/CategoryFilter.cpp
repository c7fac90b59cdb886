#include "ui/browse/CategoryFilter.h"

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
    setAccessibleName(tr("Category"));
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
