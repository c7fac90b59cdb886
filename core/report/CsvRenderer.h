#pragma once

#include "catalog/Catalog.h"
#include "report/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rolelens {

// Shows the tables of a document as CSV, for a spreadsheet (RFC 4180: comma-separated fields,
// CRLF line ends, a field in double quotes when it holds a comma, a quote or a line break, its
// quotes doubled). A table is its column heads, then a line per row; where it cites sources, a
// last column names those of each row, since a spreadsheet has no numbered source list to point
// to. A document with one table is that table alone, so that its first line is the heads. With
// several, each has its title (the heading it is under) on a line before its heads, and a blank
// line before the next: one file, which LibreOffice Calc and Excel open as one sheet. The rest
// of the document (text, lists, charts) is left out; the other renderers show it.
class CsvRenderer {
    Q_DECLARE_TR_FUNCTIONS(CsvRenderer)

public:
    // The tables as CSV text; empty when the document has none.
    static QString render(const Document &document, const Catalog &catalog);
    // The same as a file for a spreadsheet: UTF-8 after a byte-order mark. Without the mark,
    // Excel reads the file in the system's legacy code page and mangles every accented letter
    // of the German, Spanish and French text; LibreOffice reads it either way. (Standard output
    // gets no mark: a script would take it for part of the first field.)
    static QByteArray fileContents(const Document &document, const Catalog &catalog);
    static qsizetype tableCount(const Document &document);

    // One field as written: in quotes when it must be, its quotes doubled.
    static QString field(const QString &text);
    // A cell's words: its spans' text, the catalog's keywords set apart in brackets as in
    // the text report; no citation markers, since the sources have their own column.
    static QString cellText(const blocks::Paragraph &paragraph);
    // The names of the sources behind these cells, each once, in the order cited.
    static QString sourceNames(const QList<blocks::Paragraph> &cells, const Catalog &catalog);

private:
    static QString line(const QStringList &fields);
    static QString table(const blocks::Table &table, const Catalog &catalog);
    // A text a spreadsheet would run as a formula ("=HYPERLINK(...)", in a catalog file from
    // elsewhere) stays text behind an apostrophe.
    static QString inert(const QString &text);
};

} // namespace rolelens
