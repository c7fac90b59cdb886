#pragma once

#include "catalog/Catalog.h"
#include "model/Citation.h"
#include "report/CitationIndex.h"

#include <QCoreApplication>
#include <QTreeWidgetItem>

namespace rolelens {

// The "Sources" branch the advisor's trees put under an item: one line per source, numbered
// by the tree's citation index; its tooltip quotes every passage cited from it, or says that
// it is general practice or an assumption.
class SourceItems {
    Q_DECLARE_TR_FUNCTIONS(SourceItems)

public:
    enum class Branch { Open, Closed };
    static void add(QTreeWidgetItem *parent, const Citations &sources, const Catalog &catalog,
                    CitationIndex &citations, Branch branch = Branch::Open);
};

} // namespace rolelens
