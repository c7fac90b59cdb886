#pragma once

#include <array>

// The sentences of generated prose, with slots that Prose fills from the word lists.
namespace rolelens::bench {

// Sentences with slots: $A audience, $O outcome, $T tool, $C cadence, $P partner, $M manner,
// $R the role's title in lower case.
inline constexpr const char *kGeneralSentences[] = {
    "Works $M with $P to deliver $O for $A.",
    "Uses $T $C to keep $A informed and to spot problems early.",
    "Most of the week goes to $A, with $T as the main source of truth.",
    "Success shows up as $O, usually within a few months.",
    "Reports to $P $C, with figures taken from $T.",
    "Balances requests from $A against the plans agreed with $P.",
    "In smaller businesses the same person also covers work for $P.",
    "Expected to bring $O without a large budget.",
    "Keeps $A and $P aligned $C.",
    "Relies on $T to track what was promised to $A.",
    "Owners often underestimate how much coordination with $P the work needs.",
    "The work is judged less by activity than by $O.",
    "A good $R explains trade-offs to $P in plain words.",
    "When priorities clash, $A usually come first, then $P."};

inline constexpr std::array<std::array<const char *, 3>, 9> kDimensionOpeners{{
    // purpose
    {"A $R exists to bring $O to $A.", "The role is there so that $A get $O.",
     "Keeps the business's work with $A on track and aims for $O."},
    // focus
    {"Spends most of the time on execution, with planning done together with $P.",
     "Splits the week between planning and hands-on work in $T.",
     "Mostly analysis and follow-up: the $R turns data from $T into decisions."},
    // employment
    {"Usually an employee; smaller businesses hire a freelancer on contract.",
     "Often employed in-house, sometimes provided by an agency that also works for $P.",
     "Commonly a contract position, renewed $C."},
    // audienceEngagement
    {"Talks with $A directly, mostly through $T.", "Reaches $A indirectly, through the work of $P.",
     "Runs targeted campaigns aimed at $A."},
    // monetization
    {"Paid a salary; bonuses depend on $O.", "Earns contract fees agreed with $P.",
     "Paid a salary, or service fees when working through an agency."},
    // successMetrics
    {"Judged by $O and by how satisfied $A are.",
     "Measured against targets set with $P, mostly $O.", "Figures from $T show whether $A see $O."},
    // timeHorizon
    {"Works on what is needed this week while building toward $O over the year.",
     "Results come $C, but the larger effect takes months.",
     "Most requests from $A need an answer the same day."},
    // decisionLevel
    {"Decides how the work is done; the goals come from $P.",
     "Sets direction for work with $A and leaves the detail to $P.",
     "Follows agreed procedures and escalates exceptions to $P."},
    // hierarchy
    {"Part of a team led by $P.", "Works alone and reports to $P $C.",
     "Leads a small team and answers to $P."},
}};

inline constexpr const char *kResponsibilityDescriptions[] = {
    "$V $X $C and shares the results with $P.", "$V $X so that $A get $O.",
    "$V $X using $T, checking the details with $P.", "$V $X $M, keeping $A informed."};
inline constexpr const char *kSkillDescriptions[] = {
    "Uses $S to deliver $O for $A.", "Applies $S $C, often under time pressure.",
    "Builds on $S to work with $P and with $A.",
    "Needs $S to keep $T accurate. Without it, $A notice quickly."};

struct Belief {
    const char *belief;
    const char *reality;
};
inline constexpr Belief kBeliefs[] = {
    {"A $R can also take over the work of $P.",
     "They can help $C, but the work of $P needs its own time and skills."},
    {"A $R brings $O within weeks.",
     "Most of the effect shows after months; the first weeks go to learning how $A work."},
    {"Any $R can run $T without training.",
     "Setting up and reading $T well takes practice; plan time for it."},
};

} // namespace rolelens::bench
