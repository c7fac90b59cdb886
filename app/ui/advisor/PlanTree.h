#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "ui/widgets/WrappingTreeWidget.h"

namespace rolelens {

// The hiring plan: whom to hire, whom to engage for a campaign and what to contract out or
// leave out, each with what it is for, why, and its numbered sources (hover one for the
// exact words it stands for). Top-level items carry the role id in IdRole and the engagement
// key in EngagementRole.
class PlanTree : public WrappingTreeWidget {
    Q_OBJECT

public:
    static constexpr int EngagementRole = Qt::UserRole + 1;

    explicit PlanTree(const Catalog &catalog, QWidget *parent = nullptr);

    void setAdvice(const Advice &advice);
    QStringList roleIds() const { return topLevelIds(); }

private:
    const Catalog &m_catalog;
};

} // namespace rolelens
