#pragma once

#include "catalog/Catalog.h"
#include "report/CitationIndex.h"
#include "report/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace rolelens {

// Shows a document as HTML. For the window (a QTextBrowser), links use the schemes "role:"
// (open that role), "metric:" (a metric's definition) and "cite:" (the statements behind a
// claim), so the view can answer a click or a hover without parsing text. For a page that
// stands alone (a file, an email), a reference number links to its source in the list at the
// end and shows the exact words it stands for when pointed at.
class HtmlRenderer {
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    enum class Links { Window, Page };

    HtmlRenderer(const Catalog &catalog, const QPalette &palette, Links links = Links::Window);

    // A whole HTML page around a rendered BODY, for a file or the clipboard.
    static QString page(const QString &title, const QString &body);

    QString render(const Document &document);
    // The citations behind the "cite:N" link of the last render.
    const QList<Citations> &citationGroups() const { return m_citationGroups; }
    QString citationToolTip(int group) const;

private:
    QString block(const blocks::Block &block);
    QString text(const blocks::Paragraph &paragraph);
    QString table(const blocks::Table &table);
    QString sourceList(const blocks::SourceList &list) const;
    QString markers(const Citations &citations);
    QString muted(const QString &html) const;

    const Catalog *m_catalog; // a pointer, so that a renderer can be reassigned
    QPalette m_palette;
    Links m_links;
    CitationIndex m_sources;
    QList<Citations> m_citationGroups;
};

} // namespace rolelens
