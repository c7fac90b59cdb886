#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"

#include <QTableWidget>

namespace rolelens {

// What to judge the hire by instead: the role's main measures with realistic ranges after 3,
// 6 and 12 months where the catalog has an assumption for them, next to the owner's target.
// Ranges from an illustrative source are labelled as assumptions.
class TargetsTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column { MetricColumn, FirstHorizonColumn, OwnerColumn = 4, BasisColumn, ColumnCount };

    explicit TargetsTable(const Catalog &catalog, QWidget *parent = nullptr);

    void setAdvice(const Advice &advice);
    // "4.5 %", "1,250 followers"

private:
    const Catalog &m_catalog;
};

} // namespace rolelens
