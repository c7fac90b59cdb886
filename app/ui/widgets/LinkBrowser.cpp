#include "ui/widgets/LinkBrowser.h"

#include <QKeyEvent>
#include <QTextBlock>

#include <optional>

namespace rolelens {

LinkBrowser::LinkBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Lines break between words only; QTextEdit's default also breaks inside a word that does
    // not fit a narrow column ("Verdienstmode / ll").
    setWordWrapMode(QTextOption::WordWrap);
}

QList<LinkBrowser::Link> LinkBrowser::links() const
{
    // Read from the document each time: a profile has a few hundred fragments, and a list
    // kept aside would have to follow every setHtml().
    QList<Link> found;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (href.isEmpty()) {
                continue;
            }
            const int start = fragment.position();
            const int end = start + fragment.length();
            // One link may be several fragments (a bold word inside it, say).
            if (!found.isEmpty() && found.last().href == href && found.last().end == start) {
                found.last().end = end;
            } else {
                found.append({start, end, href});
            }
        }
    }
    return found;
}

std::optional<LinkBrowser::Link> LinkBrowser::selectedLink() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        return std::nullopt;
    }
    for (const Link &link : links()) {
        if (link.start == cursor.selectionStart() && link.end == cursor.selectionEnd()) {
            return link;
        }
    }
    return std::nullopt;
}

QString LinkBrowser::focusedLink() const
{
    const auto link = selectedLink();
    return link ? link->href : QString();
}

QRect LinkBrowser::focusedLinkRect() const
{
    const auto link = selectedLink();
    if (!link) {
        return {};
    }
    QTextCursor start(document());
    start.setPosition(link->start);
    QTextCursor end(document());
    end.setPosition(link->end);
    return cursorRect(start).united(cursorRect(end));
}

bool LinkBrowser::focusLink(bool next)
{
    const QTextCursor cursor = textCursor();
    const QRect visible = viewport()->rect();
    // From the focused link while it is in view; after the reader scrolled it away, from
    // what is in view, as a reader expects.
    const bool fromLink = selectedLink().has_value() && visible.intersects(cursorRect(cursor));
    const int from =
        fromLink ? (next ? cursor.selectionEnd() : cursor.selectionStart())
                 : cursorForPosition(next ? visible.topLeft() : visible.bottomRight()).position();
    const QList<Link> all = links();
    const Link *target = nullptr;
    if (next) {
        for (const Link &link : all) {
            if (fromLink ? link.start >= from : link.end > from) {
                target = &link;
                break;
            }
        }
    } else {
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (fromLink ? it->end <= from : it->start < from) {
                target = &*it;
                break;
            }
        }
    }
    if (!target) {
        return false;
    }
    QTextCursor selection(document());
    selection.setPosition(target->start);
    selection.setPosition(target->end, QTextCursor::KeepAnchor);
    setTextCursor(selection);
    ensureCursorVisible();
    return true;
}

bool LinkBrowser::focusNextPrevChild(bool next)
{
    // QTextBrowser would walk Tab through every link first; the arrow keys do that here.
    return QWidget::focusNextPrevChild(next);
}

void LinkBrowser::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Down:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Left: {
            const bool next = event->key() == Qt::Key_Down || event->key() == Qt::Key_Right;
            if (focusLink(next)) {
                event->accept();
                return;
            }
            break; // no link that way: scroll as usual
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (const auto link = selectedLink()) {
                emit anchorClicked(QUrl(link->href));
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

} // namespace rolelens
