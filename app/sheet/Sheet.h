#pragma once

#include "sheet/SheetFragment.h"
#include "sheet/SheetStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace rolelens {

// A printed document laid out for one paged device (a PDF writer or a printer): content is
// added top to bottom, then print() paginates it, keeping table rows whole where they fit,
// repeating table headers, splitting only what is taller than a page, and numbering pages
// "N of M". The same code serves PDF export, printing and the command line.
class Sheet {
    Q_DECLARE_TR_FUNCTIONS(Sheet)

public:
    enum class Shade { None, Overlap, Different, Header };
    struct Row {
        QStringList cells;
        Shade shade = Shade::None;
    };

    // Sets the device's page margins from the style.
    Sheet(QPagedPaintDevice *device, const QString &headerTitle, SheetStyle style = {});

    qreal contentWidth() const;
    qreal millimetres(qreal mm) const;
    const SheetStyle &style() const { return m_style; }

    void addTitle(const QString &title, const QStringList &subtitleLines);
    void addHeading(const QString &text);
    void addSubheading(const QString &text);
    void addParagraph(const QString &text);
    void addNote(const QString &text);
    void addBullet(const QString &text);
    // Column widths as fractions of the content width; the first row of `rows` is not the
    // header: `header` is repeated on every page the table runs over.
    void addTable(const QList<qreal> &columnFractions, const QStringList &header,
                  const QList<Row> &rows, bool boldFirstColumn = true);
    // Takes ownership of the chart; the height is in millimetres.
    void addChart(QChart *chart, qreal heightMillimetres);
    // The part `source` of a scene, as wide as the content and as tall as its proportions make
    // it (at most what is left of a page's body).
    void addScene(std::shared_ptr<QGraphicsScene> scene, const QRectF &source);
    void addGap(qreal millimetres);

    // Paints every page; returns the number of pages.
    int print();

private:
    using Page = std::vector<std::pair<std::shared_ptr<const SheetFragment>, qreal>>;
    std::vector<Page> paginate();
    void balanceLastPage(std::vector<Page> &pages) const;
    void paintFrame(QPainter &painter, int pageNumber, int pageCount) const;
    qreal bodyTop() const;
    qreal bodyHeight() const;
    std::shared_ptr<SheetFragment> rowFragment(const QList<qreal> &columnFractions,
                                               const QStringList &cells, Shade shade,
                                               bool headerRow, bool boldFirstColumn) const;

    // Each font is resolved once, and there are few of them: every distinct font costs a
    // fontconfig match, which dominated the export's layout time.
    struct Fonts {
        QFont title;
        QFont heading;
        QFont body;
        QFont bodyBold;
        QFont small;
    };

    QPagedPaintDevice *m_device;
    QString m_headerTitle;
    SheetStyle m_style;
    Fonts m_fonts;
    std::vector<std::shared_ptr<SheetFragment>> m_fragments;
};

} // namespace rolelens
