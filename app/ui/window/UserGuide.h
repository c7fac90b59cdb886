#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QUrl;
QT_END_NAMESPACE

namespace rolelens {

class LinkBrowser;

// The user guide (Help > User guide, F1): a short page per language (resources/help), in a
// window of its own that stays open beside the main window, in the language in use and in the
// new one as soon as it changes. Its "rolelens:" links ask for a view or another help window
// (commandRequested); its "#" links move within the page.
class UserGuide : public QDialog {
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The guide's page in `language` ("de"), or the English one where there is none.
    static QString resource(const QString &language);
    // The page with each "{key:actionName}" replaced by the shortcut of `window`'s action of
    // that name, as Help > Keyboard shortcuts shows it: the guide names the keys the window
    // really has, in the platform's and the language's words.
    static QString withKeys(const QString &html, const QWidget *window);
    LinkBrowser *browser() const { return m_browser; }
    // What a click on `link` does.
    void follow(const QUrl &link);

signals:
    // "browse", "compare", "advisor", "shortcuts", "about": what a "rolelens:" link names.
    void commandRequested(const QString &command);

private:
    void showPage();

    LinkBrowser *m_browser;
};

} // namespace rolelens
