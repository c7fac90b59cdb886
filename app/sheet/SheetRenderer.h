#pragma once

#include "catalog/Catalog.h"
#include "report/CitationIndex.h"
#include "report/Document.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

class Sheet;

// Lays a document out on a printed sheet (PDF or printer): tables with their widths and
// shading, charts drawn from the catalog and the curves the document carries, sources as numbered
// references listed at the end.
class SheetRenderer {
    Q_DECLARE_TR_FUNCTIONS(SheetRenderer)

public:
    static void render(const Document &document, const Catalog &catalog, Sheet &sheet);

private:
    SheetRenderer(const Catalog &catalog, Sheet &sheet) : m_catalog(catalog), m_sheet(sheet) {}

    void block(const blocks::Block &block);
    void bulletList(const blocks::BulletList &list);
    void table(const blocks::Table &table);
    void chart(const blocks::Chart &chart);
    static bool isLabelColumn(const blocks::Table &table);
    void sourceList(const blocks::SourceList &list);
    QString text(const blocks::Paragraph &paragraph);

    const Catalog &m_catalog;
    Sheet &m_sheet;
    CitationIndex m_citations;
};

} // namespace rolelens
