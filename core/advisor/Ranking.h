#pragma once

#include "advisor/Advice.h"
#include "advisor/RoleLookups.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>

#include <string_view>

namespace rolelens {

// Ranks every role that covers something the owner asked for by how well it fits, and says
// why in plain sentences: the advisor's recommendations.
class Ranking {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    explicit Ranking(const RoleLookups &lookups) : m_lookups(lookups) {}

    // Best fit first; equal fits keep the catalog's order.
    QList<Advice::Recommendation> recommend(const Scenario &scenario) const;

private:
    // How the fit weighs covering what the owner asked for against how much of the role's own
    // measures are what the owner wants (a specialist beats a generalist that also covers it).
    static constexpr double kCoverageWeight = 0.8;
    static constexpr double kFocusWeight = 0.2;
    // Covering a goal or task on general practice alone counts this much of covering it on
    // an article's word: the articles are the evidence, general practice fills gaps.
    static constexpr double kGeneralPracticeOnlyWeight = 0.5;
    static constexpr char kGeneralPracticeOnly = 1;
    static constexpr char kArticleBacked = 2;

    // A recommendation's lists and coverage reasons from its flags (one per goal, then one
    // per task, as the scenario lists them); no role, fit or focus reason yet.
    Advice::Recommendation describe(const Scenario &scenario, std::string_view flags) const;

    const RoleLookups &m_lookups;
};

} // namespace rolelens
