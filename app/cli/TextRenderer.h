#pragma once

#include "catalog/Catalog.h"
#include "report/CitationIndex.h"
#include "report/Document.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// Shows a document in an 80-column terminal: prose wrapped, headings underlined, tables as
// labelled blocks (a terminal cannot fit four columns of prose), sources as numbered
// references ("[1][3]") listed where the document places its source list.
class TextRenderer {
    Q_DECLARE_TR_FUNCTIONS(TextRenderer)

public:
    static QString render(const Document &document, const Catalog &catalog);

private:
    TextRenderer(const Catalog &catalog) : m_catalog(catalog) {}

    void block(const blocks::Block &block);
    void title(const blocks::Title &title);
    void heading(const blocks::Heading &heading);
    void paragraph(const blocks::Paragraph &paragraph);
    void bulletList(const blocks::BulletList &list);
    void table(const blocks::Table &table);
    void sourceList(const blocks::SourceList &list);
    // A paragraph's text with its reference numbers.
    QString text(const blocks::Paragraph &paragraph);

    const Catalog &m_catalog;
    CitationIndex m_citations;
    QString m_out;
};

} // namespace rolelens
