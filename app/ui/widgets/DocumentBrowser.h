#pragma once

#include "catalog/Catalog.h"
#include "html/HtmlRenderer.h"
#include "report/Document.h"
#include "ui/widgets/LinkBrowser.h"

QT_BEGIN_NAMESPACE
class QUrl;
QT_END_NAMESPACE

namespace rolelens {

// A document of the document model on screen, for reading with sources: a citation's quote, a
// metric's definition and where a role link leads show at the link on hover, click, Return or
// Space (the keyboard reaches links as in LinkBrowser), and a role link asks for that role's
// profile. Shared by the profile and the self-check's result.
class DocumentBrowser : public LinkBrowser {
    Q_OBJECT

public:
    // The catalog must outlive the browser.
    explicit DocumentBrowser(const Catalog &catalog, QWidget *parent = nullptr);

    // Renders `document` in the browser's palette, links leading into the window.
    void showDocument(const Document &document);

signals:
    void roleLinkActivated(const QString &roleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openLink(const QUrl &url);
    // The quote behind a citation link, a metric's definition, or where a role link leads.
    QString linkNote(const QUrl &url) const;

    const Catalog &m_catalog;
    HtmlRenderer m_html;
};

} // namespace rolelens
