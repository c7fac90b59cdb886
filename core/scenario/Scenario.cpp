#include "scenario/Scenario.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace rolelens {
namespace {

constexpr std::array<std::pair<Scenario::BusinessSize, const char *>, 4> kSizeKeys{{
    {Scenario::BusinessSize::Solo, "solo"},
    {Scenario::BusinessSize::Small, "small"},
    {Scenario::BusinessSize::Medium, "medium"},
    {Scenario::BusinessSize::Large, "large"},
}};

} // namespace

QString Scenario::sizeKey(BusinessSize size)
{
    for (const auto &[candidate, key] : kSizeKeys) {
        if (candidate == size) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Scenario::BusinessSize> Scenario::sizeFromKey(const QString &key)
{
    for (const auto &[candidate, name] : kSizeKeys) {
        if (key == QLatin1String(name)) {
            return candidate;
        }
    }
    return std::nullopt;
}

QString Scenario::sizeLabel(BusinessSize size)
{
    switch (size) {
    case BusinessSize::Solo:
        return QCoreApplication::translate("Scenario", "Solo (just the owner)");
    case BusinessSize::Small:
        return QCoreApplication::translate("Scenario", "Small (up to 10 people)");
    case BusinessSize::Medium:
        return QCoreApplication::translate("Scenario", "Medium (10 to 250 people)");
    case BusinessSize::Large:
        return QCoreApplication::translate("Scenario", "Large (over 250 people)");
    case BusinessSize::Unspecified:
        break;
    }
    return QCoreApplication::translate("Scenario", "Not said");
}

} // namespace rolelens
