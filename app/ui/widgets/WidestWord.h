#pragma once

#include <QFontMetrics>
#include <QString>

namespace rolelens {

// The width of the widest piece of `text` that a line cannot break inside: between spaces and
// slashes, and after a hyphen ("Social-" "Media-" "Manager"), as Qt's line breaking does. A
// column narrower than this cuts a word in two; the tables make it their least width.
class WidestWord {
public:
    static int in(const QFontMetrics &metrics, const QString &text);
};

} // namespace rolelens
