#include "report/CsvRenderer.h"

#include "report/SourceText.h"

#include <QRegularExpression>

#include <algorithm>

namespace rolelens {
namespace {

const QString kLineEnd = QStringLiteral("\r\n");

bool cites(const blocks::Table &table)
{
    return std::any_of(table.rows.cbegin(), table.rows.cend(), [](const blocks::Table::Row &row) {
        return std::any_of(row.cells.cbegin(), row.cells.cend(),
                           [](const blocks::Paragraph &cell) { return !cell.sources.isEmpty(); });
    });
}

} // namespace

QString CsvRenderer::render(const Document &document, const Catalog &catalog)
{
    const bool titled = tableCount(document) > 1;
    QString out;
    QString title = document.title();
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            title = heading->text;
            continue;
        }
        const auto *table = std::get_if<blocks::Table>(&block);
        if (!table) {
            continue;
        }
        if (!out.isEmpty()) {
            out += kLineEnd;
        }
        if (titled) {
            out += line({title});
        }
        out += CsvRenderer::table(*table, catalog);
    }
    return out;
}

QByteArray CsvRenderer::fileContents(const Document &document, const Catalog &catalog)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + render(document, catalog).toUtf8();
}

qsizetype CsvRenderer::tableCount(const Document &document)
{
    return std::count_if(
        document.blocks().cbegin(), document.blocks().cend(),
        [](const blocks::Block &block) { return std::holds_alternative<blocks::Table>(block); });
}

QString CsvRenderer::table(const blocks::Table &table, const Catalog &catalog)
{
    const bool sources = cites(table);
    QStringList heads = table.headers;
    if (sources) {
        heads.append(tr("Sources"));
    }
    QString out = line(heads);
    for (const auto &row : table.rows) {
        QStringList fields;
        for (const auto &cell : row.cells) {
            fields.append(cellText(cell));
        }
        if (sources) {
            fields.append(sourceNames(row.cells, catalog));
        }
        out += line(fields);
    }
    return out;
}

QString CsvRenderer::line(const QStringList &fields)
{
    QStringList written;
    for (const auto &text : fields) {
        written.append(field(inert(text)));
    }
    return written.join(QLatin1Char(',')) + kLineEnd;
}

QString CsvRenderer::field(const QString &text)
{
    const bool quoted = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quoted) {
        return text;
    }
    QString doubled = text;
    doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

QString CsvRenderer::inert(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    // A signed figure alone ("+20 %", "-3") is a number to a spreadsheet, not a formula.
    static const QRegularExpression signedFigure(
        QStringLiteral("^[+-][0-9][0-9.,\\s\\x{00A0}\\x{202F}%]*$"));
    const QChar first = text.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('@') ||
                         ((first == QLatin1Char('+') || first == QLatin1Char('-')) &&
                          !signedFigure.match(text).hasMatch());
    return formula ? QLatin1Char('\'') + text : text;
}

QString CsvRenderer::cellText(const blocks::Paragraph &paragraph)
{
    QString text;
    for (const auto &span : paragraph.spans) {
        text += span.kind == blocks::Span::Kind::Tags ? QStringLiteral(" [%1]").arg(span.text)
                                                      : span.text;
    }
    return text;
}

QString CsvRenderer::sourceNames(const QList<blocks::Paragraph> &cells, const Catalog &catalog)
{
    QStringList ids;
    for (const auto &cell : cells) {
        for (const auto &citation : cell.sources) {
            if (!ids.contains(citation.sourceId)) {
                ids.append(citation.sourceId);
            }
        }
    }
    QStringList names;
    for (const auto &id : ids) {
        const Source *source = catalog.source(id);
        names.append(source ? SourceText::named(*source) : id);
    }
    return names.join(QStringLiteral("; "));
}

} // namespace rolelens
