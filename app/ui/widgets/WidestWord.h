#pragma once

#include <QFontMetrics>
#include <QHeaderView>
#include <QSplitter>
#include <QString>

namespace rolelens {

// The width of the widest piece of `text` that a line cannot break inside: between spaces and
// slashes, and after a hyphen ("Social-" "Media-" "Manager"), as Qt's line breaking does. A
// column narrower than this cuts a word in two; the tables make it their least width.
class WidestWord {
public:
    static int in(const QFontMetrics &metrics, const QString &text);
    // Makes `widest` (plus a cell's padding) the least width of `header`'s sections, never
    // less than the style's: a table too narrow for that scrolls sideways instead.
    static void keepWhole(QHeaderView *header, int widest);
    // Widens the first pane of a laid-out `splitter` to `needed` (a list's longest line, with
    // its frame and scroll bar), taking the room from the second.
    static void widenFirstPane(QSplitter *splitter, int needed);
};

} // namespace rolelens
