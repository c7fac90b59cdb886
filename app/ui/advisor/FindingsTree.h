#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "ui/widgets/WrappingTreeWidget.h"

namespace rolelens {

// The advisor's findings, most serious first: each with its severity icon, and below it why,
// what to do instead and the numbered sources (hover one for the exact words it stands for).
class FindingsTree : public WrappingTreeWidget {
    Q_OBJECT

public:
    // Data roles on the top-level items, beside IdRole.
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit FindingsTree(const Catalog &catalog, QWidget *parent = nullptr);

    void setAdvice(const Advice &advice);
    // The top-level item of a finding, or nullptr.
    QTreeWidgetItem *findingItem(const QString &id) const;
    QStringList findingIds() const { return topLevelIds(); }

private:
    const Catalog &m_catalog;
};

} // namespace rolelens
