#pragma once

#include "catalog/Catalog.h"

#include <QComboBox>

namespace rolelens {

// "All categories" and the catalog's categories, in the catalog's order: the role list's
// filter. Categories are catalog words, so another language brings other words for the same
// categories in the same order (refill), and the choice keeps its place.
class CategoryFilter : public QComboBox {
    Q_OBJECT

public:
    explicit CategoryFilter(const Catalog &catalog, QWidget *parent = nullptr);

    // The category chosen, as the roles name it; empty for every category.
    QString category() const { return currentData().toString(); }
    // The words again, in the language in use; no signal.
    void refill();

private:
    const Catalog &m_catalog;
};

} // namespace rolelens
