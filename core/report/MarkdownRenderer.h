#pragma once

#include "catalog/Catalog.h"
#include "report/CitationIndex.h"
#include "report/Document.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// Shows a document as Markdown (CommonMark with pipe tables): headings, lists and tables as
// Markdown has them, sources as numbered references listed where the document places them.
class MarkdownRenderer {
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    static QString render(const Document &document, const Catalog &catalog);

private:
    MarkdownRenderer(const Catalog &catalog) : m_catalog(catalog) {}

    void block(const blocks::Block &block);
    void bulletList(const blocks::BulletList &list);
    void table(const blocks::Table &table);
    QString text(const blocks::Paragraph &paragraph);
    // Pipes and line breaks would end a table cell.
    static QString cell(QString text);

    const Catalog &m_catalog;
    CitationIndex m_citations;
    QString m_out;
};

} // namespace rolelens
