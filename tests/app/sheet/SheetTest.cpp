#include "sheet/Sheet.h"

#include "report/Figures.h"
#include "sheet/PdfExport.h"
#include "sheet/PdfMetadata.h"
#include "support/QtPrinters.h"

#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QString pageText(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                   QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Written {
    QString path;
    int pages = 0;
    QStringList pageTexts; // extracted once: pdftotext is slow to start
};

Written writeSheet(const QTemporaryDir &folder, const std::function<void(Sheet &)> &compose)
{
    Written written{folder.filePath(QStringLiteral("test.pdf")), 0, {}};
    const QString error = PdfExport::write(
        written.path,
        {QStringLiteral("Test"), QStringLiteral("Subject"), QStringLiteral("Test"), compose},
        PdfExport::Paper::A4, &written.pages);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    for (int page = 1; page <= written.pages; ++page) {
        written.pageTexts.append(pageText(written.path, page));
    }
    return written;
}

// Which pages a marker (a whole word or phrase) appears on.
QList<int> pagesWith(const Written &written, const QString &marker)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(marker)));
    QList<int> pages;
    for (int page = 1; page <= written.pages; ++page) {
        if (written.pageTexts.at(page - 1).contains(pattern)) {
            pages.append(page);
        }
    }
    return pages;
}

TEST(Sheet, RowsThatFitAreNeverSplitAndHeadersRepeat)
{
    QTemporaryDir folder;
    QList<Sheet::Row> rows;
    for (int i = 0; i < 60; ++i) {
        // Rows of different heights, so that page ends fall in awkward places.
        rows.append({{QStringLiteral("begin%1").arg(i),
                      QStringLiteral("filler ").repeated(10 + (i * 37) % 90) +
                          QStringLiteral("end%1").arg(i)}});
    }
    const Written written = writeSheet(folder, [&](Sheet &sheet) {
        sheet.addTitle(QStringLiteral("Pagination"), {});
        sheet.addTable({0.2, 0.8}, {QStringLiteral("Key"), QStringLiteral("Headerword")}, rows);
    });
    ASSERT_GE(written.pages, 3);
    for (int i = 0; i < 60; ++i) {
        const QList<int> begins = pagesWith(written, QStringLiteral("begin%1").arg(i));
        const QList<int> ends = pagesWith(written, QStringLiteral("end%1").arg(i));
        ASSERT_EQ(begins.size(), 1) << i;
        EXPECT_EQ(begins, ends) << "row " << i << " was split across pages";
    }
    for (int page = 1; page <= written.pages; ++page) {
        const QString &text = written.pageTexts.at(page - 1);
        EXPECT_TRUE(text.contains(QStringLiteral("Headerword")))
            << "no table header on page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(written.pages)));
    }
}

TEST(Sheet, ARowTallerThanAPageIsSplitCleanly)
{
    QTemporaryDir folder;
    QString longText;
    for (int i = 0; i < 900; ++i) {
        longText += QStringLiteral("w%1 ").arg(i);
    }
    const Written written = writeSheet(folder, [&](Sheet &sheet) {
        sheet.addParagraph(QStringLiteral("Before the table."));
        sheet.addTable({0.5, 0.5}, {QStringLiteral("Left"), QStringLiteral("Right")},
                       {{{QStringLiteral("short cell"), longText}}});
        sheet.addParagraph(QStringLiteral("After the table."));
    });
    ASSERT_GE(written.pages, 2);
    const QString all = written.pageTexts.join(QLatin1Char('\n'));
    // Every word exactly once and in order: nothing lost or doubled at the page breaks.
    static const QRegularExpression word(QStringLiteral("\\bw(\\d+)\\b"));
    int expected = 0;
    for (auto it = word.globalMatch(all); it.hasNext();) {
        EXPECT_EQ(it.next().captured(1).toInt(), expected);
        ++expected;
    }
    EXPECT_EQ(expected, 900);
    EXPECT_EQ(pagesWith(written, QStringLiteral("After the table")), QList<int>{written.pages});
}

// A row that fits a page but would leave more than a third of this one empty if moved is
// split here instead: no page holds only a few lines above a gap (the four-role comparison
// left most of its first page empty for one tall row).
TEST(Sheet, ATallRowIsSplitRatherThanLeavingMostOfAPageEmpty)
{
    QTemporaryDir folder;
    constexpr int kWords = 1000;
    QString tall;
    for (int i = 0; i < kWords; ++i) {
        tall += QStringLiteral("t%1 ").arg(i);
    }
    const Written written = writeSheet(folder, [&](Sheet &sheet) {
        for (int i = 0; i < 10; ++i) {
            sheet.addParagraph(QStringLiteral("Opening line %1.").arg(i));
        }
        sheet.addTable({0.2, 0.8}, {QStringLiteral("Key"), QStringLiteral("Text")},
                       {{{QStringLiteral("tallrow"), tall}}});
    });
    ASSERT_EQ(written.pages, 2);
    // The row starts on the first page, under the opening lines, and goes on on the next.
    EXPECT_EQ(pagesWith(written, QStringLiteral("Opening line 9")), QList<int>{1});
    EXPECT_EQ(pagesWith(written, QStringLiteral("tallrow")), QList<int>{1});
    EXPECT_EQ(pagesWith(written, QStringLiteral("t0")), QList<int>{1});
    EXPECT_EQ(pagesWith(written, QStringLiteral("t%1").arg(kWords - 1)), QList<int>{2});
}

// A last page that would hold a few lines takes paragraphs from the page before, which stays
// at least half full.
TEST(Sheet, ALastPageOfAFewLinesTakesParagraphsFromThePageBefore)
{
    QTemporaryDir folder;
    const auto linesOnPages = [&](int lines) {
        const Written written = writeSheet(folder, [&](Sheet &sheet) {
            for (int i = 0; i < lines; ++i) {
                sheet.addParagraph(QStringLiteral("Line%1").arg(i));
            }
        });
        QList<int> counts;
        for (int page = 1; page <= written.pages; ++page) {
            counts.append(static_cast<int>(written.pageTexts.at(page - 1).count(
                QRegularExpression(QStringLiteral("\\bLine\\d+")))));
        }
        return counts;
    };
    const int perPage = linesOnPages(400).first();
    ASSERT_GT(perPage, 20);
    const QList<int> counts = linesOnPages(perPage + 2);
    ASSERT_EQ(counts.size(), 2);
    EXPECT_GE(counts.at(1), perPage / 4) << counts.at(0) << " and " << counts.at(1);
    EXPECT_GE(counts.at(0), perPage / 2);
    EXPECT_EQ(counts.at(0) + counts.at(1), perPage + 2);
}

// Four roles' names in the running header are shortened before the date, not run into it.
TEST(Sheet, ALongRunningHeaderIsElidedBeforeTheDate)
{
    QTemporaryDir folder;
    const QString title = QStringLiteral("Longtitle ").repeated(40) + QStringLiteral("lastword");
    Written written{folder.filePath(QStringLiteral("header.pdf")), 0, {}};
    const QString error = PdfExport::write(written.path,
                                           {title, QStringLiteral("Subject"), title,
                                            [](Sheet &sheet) {
                                                sheet.addParagraph(QStringLiteral("Body."));
                                            }},
                                           PdfExport::Paper::A4, &written.pages);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    const QString text = pageText(written.path, 1);
    EXPECT_FALSE(text.contains(QStringLiteral("lastword")));
    EXPECT_TRUE(text.contains(QStringLiteral("…")));
    EXPECT_TRUE(text.contains(Figures::today())) << qPrintable(text);
}

TEST(Sheet, PaperFollowsTheLocaleUnlessChosen)
{
    EXPECT_EQ(PdfExport::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)),
              PdfExport::Paper::Letter);
    EXPECT_EQ(PdfExport::defaultPaper(QLocale(QLocale::English, QLocale::Canada)),
              PdfExport::Paper::Letter);
    EXPECT_EQ(PdfExport::defaultPaper(QLocale(QLocale::German, QLocale::Germany)),
              PdfExport::Paper::A4);
    EXPECT_EQ(PdfExport::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)),
              PdfExport::Paper::A4);
    EXPECT_EQ(PdfExport::paperFromName(QStringLiteral("LETTER")), PdfExport::Paper::Letter);
    EXPECT_FALSE(PdfExport::paperFromName(QStringLiteral("a3")).has_value());
}

TEST(PdfMetadata, AppendsAnInfoDictionaryThatToolsRead)
{
    QTemporaryDir folder;
    const Written written =
        writeSheet(folder, [](Sheet &sheet) { sheet.addParagraph(QStringLiteral("x")); });
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {written.path});
    info.waitForFinished(30000);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Subject:         Subject"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Title:           Test")));

    EXPECT_EQ(PdfMetadata::textString(QStringLiteral("Aé")), QByteArray("<FEFF004100E9>"));
    EXPECT_FALSE(PdfMetadata::withInfo("not a pdf", {}).has_value());
}

} // namespace
} // namespace rolelens

namespace rolelens {
namespace {

// A chart moves whole to the next page when it does not fit; its heading must go with it,
// not stay behind at the foot of the page before.
TEST(Sheet, AHeadingGoesWithTheChartUnderIt)
{
    QTemporaryDir folder;
    const auto titled = [](const QString &title) {
        auto *chart = new QChart;
        chart->setTitle(title);
        return chart;
    };
    const Written written = writeSheet(folder, [&](Sheet &sheet) {
        sheet.addChart(titled(QStringLiteral("Firstchart")), 150);
        sheet.addHeading(QStringLiteral("Secondheading"));
        sheet.addChart(titled(QStringLiteral("Secondchart")), 120);
    });
    ASSERT_EQ(written.pages, 2);
    EXPECT_EQ(pagesWith(written, QStringLiteral("Firstchart")), QList<int>{1});
    EXPECT_EQ(pagesWith(written, QStringLiteral("Secondchart")), QList<int>{2});
    EXPECT_EQ(pagesWith(written, QStringLiteral("Secondheading")), QList<int>{2});
}

// A line taller than any page (a huge font in a table cell) cannot be split; the sheet
// must still finish, not loop looking for room.
TEST(Sheet, AnUnsplittableGiantStillFinishes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    SheetStyle style;
    style.bodyPoints = 700; // one line of this is taller than the page's body
    Sheet sheet(&writer, QStringLiteral("Giant"), style);
    sheet.addTable({0.5, 0.5}, {QStringLiteral("A"), QStringLiteral("B")},
                   {{{QStringLiteral("x"), QStringLiteral("y")}}});
    EXPECT_GE(sheet.print(), 1);
}

} // namespace
} // namespace rolelens
