#pragma once

#include "base/EnumTable.h"
#include "model/Citation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// What the owner can act on: whom to hire, whom to engage for a campaign, and what to contract
// out or leave out of the job, with every goal and task the owner listed given to the role
// that fits it, and why. The ranking behind it stays in the advice as detail.
struct HiringPlan {
    enum class Engagement {
        Hire,        // employed (or retained) for the long run: the job this advice is about
        Campaign,    // engaged for a campaign: immediate visibility that fades
        ContractOut, // someone else's work: contract it out, or leave it out of the job
    };

    struct Assignment {
        Engagement engagement = Engagement::Hire;
        QString roleId;
        QStringList goals; // ids, in the scenario's order
        QStringList tasks;
        // Plain-language reasons, one sentence each, with the articles' words where they give
        // them.
        QStringList reasons;
        Citations sources;
    };

    // The hire first, then campaigns, then what is contracted out, each in the ranking's order.
    QList<Assignment> assignments;
    // What no role in the catalog covers.
    QStringList uncoveredGoals;
    QStringList uncoveredTasks;

    // The one hire; none when nothing asked needs one (a launch campaign alone).
    const Assignment *hire() const;
    QList<const Assignment *> engaged(Engagement engagement) const;
    bool isEmpty() const { return assignments.isEmpty(); }

    static const EnumTable<Engagement> &engagements();
    static QString engagementKey(Engagement engagement) { return engagements().key(engagement); }
    static QString engagementLabel(Engagement engagement)
    {
        return engagements().label(engagement);
    }
};

} // namespace rolelens
