#include "advisor/Advice.h"

#include "advisor/RoleLookups.h"

#include <QCoreApplication>

#include <algorithm>

namespace rolelens {

QString Advice::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString Advice::severityCount(Severity severity, int count)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Advice", "%Ln note(s)", nullptr, count);
    case Severity::Warning:
        return QCoreApplication::translate("Advice", "%Ln warning(s)", nullptr, count);
    case Severity::Critical:
        return QCoreApplication::translate("Advice", "%Ln critical", nullptr, count);
    }
    return {};
}

QString Advice::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Advice", "Note");
    case Severity::Warning:
        return QCoreApplication::translate("Advice", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("Advice", "Critical");
    }
    return {};
}

QList<Advice::Recommendation> Advice::listedRecommendations() const
{
    QList<Recommendation> listed;
    for (const auto &recommendation : recommendations) {
        if (listed.size() < kListedRecommendations || recommendation.roleId == judgedRoleId) {
            listed.append(recommendation);
        }
    }
    return listed;
}

const Advice::Finding *Advice::finding(const QString &id) const
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &candidate) { return candidate.id == id; });
    return it == findings.cend() ? nullptr : &*it;
}

int Advice::count(Severity severity) const
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(),
                      [&](const Finding &candidate) { return candidate.severity == severity; }));
}

double Advice::RealisticTarget::ownerMonths() const
{
    return RoleLookups::weeksToMonths(ownerWeeks);
}

} // namespace rolelens
