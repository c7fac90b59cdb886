#include "charts/ColorContrast.h"

#include <algorithm>
#include <cmath>

namespace rolelens {
namespace {

// sRGB to linear light, as WCAG 2.x defines it (its 0.03928 threshold and sRGB's 0.04045
// give the same result for 8-bit channels).
double linear(float channel)
{
    const double c = channel;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double ColorContrast::relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ColorContrast::ratio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

} // namespace rolelens
