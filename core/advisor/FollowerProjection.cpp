#include "advisor/FollowerProjection.h"

#include "advisor/RoleLookups.h"

#include <algorithm>

namespace rolelens {

FollowerProjection::FollowerProjection(Scenario::Followers followers, GrowthAssumption growth)
    : m_followers(followers), m_growth(std::move(growth))
{
}

std::optional<FollowerProjection> FollowerProjection::of(const Role &role, const Scenario &scenario)
{
    const auto growth = RoleLookups::growthFor(role, scenario);
    if (!scenario.followers || !growth) {
        return std::nullopt;
    }
    return FollowerProjection(*scenario.followers, *growth);
}

double FollowerProjection::months() const
{
    return RoleLookups::weeksToMonths(m_followers.weeks);
}

double FollowerProjection::lowAfter(double months) const
{
    return m_followers.current *
           (1.0 + GrowthAssumption::compounded(m_growth.lowPercentPerMonth, months) / 100.0);
}

double FollowerProjection::highAfter(double months) const
{
    return m_followers.current *
           (1.0 + GrowthAssumption::compounded(m_growth.highPercentPerMonth, months) / 100.0);
}

std::optional<double> FollowerProjection::requiredPerMonth() const
{
    if (m_followers.current <= 0 || m_followers.weeks <= 0) {
        return std::nullopt;
    }
    return GrowthAssumption::requiredPerMonth(m_followers.current, m_followers.target, months());
}

std::optional<double> FollowerProjection::expectedGrowth() const
{
    if (m_followers.current <= 0) {
        return std::nullopt;
    }
    return (static_cast<double>(m_followers.target) / m_followers.current - 1.0) * 100.0;
}

QList<FollowerProjection::Point> FollowerProjection::curve(int steps) const
{
    const int count = std::max(steps, 1);
    QList<Point> points;
    for (int step = 0; step <= count; ++step) {
        const double share = static_cast<double>(step) / count;
        const double week = m_followers.weeks * share;
        const double elapsed = RoleLookups::weeksToMonths(week);
        points.append({week,
                       m_followers.current + (m_followers.target - m_followers.current) * share,
                       lowAfter(elapsed), highAfter(elapsed)});
    }
    return points;
}

} // namespace rolelens
