#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// What a screen reader says for a widget: its name (what it is, in a few words, with the words
// it shows) and its description (what it does or shows, in a sentence). Also set on the parts
// of a widget that a reader lands on: a spin box's text field, a tab widget's tab bar, a combo
// box's list.
class AccessibleText {
public:
    using Text = std::function<QString()>;

    // Now: for widgets whose texts are set again with their content, language changes included.
    static void set(QWidget *widget, const QString &name, const QString &description);
    // Now, and again on every change of language while WIDGET lives.
    static void follow(QWidget *widget, Text name, Text description);
    // A button that shows ACTION (a toolbar's, a tool button's) reads as the action: its text
    // as the name, its status tip (else its tool tip, if more than its text) as the
    // description, now and whenever the action changes.
    static void mirror(QWidget *button, QAction *action);
    // A label or action text as said: without its mnemonic '&' and its trailing ellipsis.
    static QString plain(QString text);
};

} // namespace rolelens
