#pragma once

#include <QTextBrowser>

namespace rolelens {

// A QTextBrowser for reading with the keyboard: one Tab stop (Tab and Shift+Tab leave it at
// once, rather than first visiting each of a profile's hundred links), the arrow keys move
// from link to link inside it (scrolling when there is none further that way), and Return or
// Space on the focused link activates it (anchorClicked), whatever its scheme.
class LinkBrowser : public QTextBrowser {
    Q_OBJECT

public:
    explicit LinkBrowser(QWidget *parent = nullptr);

    // The link the keyboard is on, or an empty string.
    QString focusedLink() const;
    // Where the keyboard's link is, in viewport coordinates; empty when there is none.
    QRect focusedLinkRect() const;
    // Puts the keyboard on the next (or previous) link after the cursor; false when there is
    // none that way.
    bool focusLink(bool next);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Link {
        int start;
        int end;
        QString href;
    };
    QList<Link> links() const;
    // The link the selection covers, or null.
    std::optional<Link> selectedLink() const;
};

} // namespace rolelens
