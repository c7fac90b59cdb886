// No text is cut short or split mid-word, in English, German and French (the longer languages),
// at the size the views are laid out for: labels, buttons, tabs, placeholders, group titles,
// table headers and cells; nor with the system's font one or two sizes larger.

#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/InLanguage.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/window/MainWindow.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace rolelens {
namespace {

QString withoutMnemonic(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("&(?!&)")), QString());
}

QStringList words(const QString &text)
{
    // Lines break at spaces and slashes, and after a hyphen ("Social-Media-Manager").
    return text.split(QRegularExpression(QStringLiteral("[\\s/]+|(?<=-)")), Qt::SkipEmptyParts);
}

int widestWord(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &word : words(text)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()))) {
        return withoutMnemonic(label->text());
    }
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString where(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); name.isEmpty() && parent;
         parent = parent->parentWidget()) {
        name = parent->objectName();
    }
    return QStringLiteral("%1 in %2")
        .arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// What on WIDGET is cut short, one line each; empty when everything shows in full. Charts and
// the toolbar are checked at the size the views are laid out for (CHARTS): squeezed smaller,
// their axes shorten and the toolbar hides its last buttons.
QStringList cutTexts(const QWidget *widget, bool charts)
{
    QStringList cut;
    const QFontMetrics metrics = widget->fontMetrics();
    const auto report = [&](const QString &text, int needed, int room) {
        if (needed > room) {
            cut.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                           .arg(where(widget), text)
                           .arg(needed)
                           .arg(room));
        }
    };
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const QString text = plainText(label);
        const int room = label->contentsRect().width() - 2 * label->margin() - label->indent();
        if (text.isEmpty() || label->pixmap().isNull() == false) {
            return cut;
        }
        if (label->wordWrap()) {
            report(text, widestWord(metrics, text), room);
        } else {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                report(line, metrics.horizontalAdvance(line), room);
            }
        }
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        // A toolbar shows this button when its last buttons had no room: never at the size the
        // views are laid out for (a smaller window has them behind it).
        if (charts && button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
            cut.append(
                QStringLiteral("%1: the toolbar's last buttons are hidden").arg(where(widget)));
        }
        if (!button->text().isEmpty()) {
            report(withoutMnemonic(button->text()), button->sizeHint().width(), button->width());
        }
    } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        if (!edit->placeholderText().isEmpty() && edit->text().isEmpty()) {
            constexpr int kFrameAndMargins = 8;
            report(edit->placeholderText(), metrics.horizontalAdvance(edit->placeholderText()),
                   edit->width() - kFrameAndMargins);
        }
    } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
        // The choice shown, beside the arrow: every item could be the one chosen.
        constexpr int kArrowAndFrame = 36;
        for (int item = 0; item < std::min(combo->count(), 50); ++item) {
            report(combo->itemText(item),
                   metrics.horizontalAdvance(combo->itemText(item)) + kArrowAndFrame,
                   combo->width());
        }
    } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
        report(withoutMnemonic(group->title()),
               metrics.horizontalAdvance(withoutMnemonic(group->title())), group->width());
    } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        // Every tab in view: scroll arrows would hide the last ones' names.
        if (tabs->count() > 0) {
            const QRect last = tabs->tabRect(tabs->count() - 1);
            const QRect first = tabs->tabRect(0);
            report(QStringLiteral("the tabs"), last.right() - first.left() + 1, tabs->width());
        }
        for (int i = 0; i < tabs->count(); ++i) {
            const QString text = withoutMnemonic(tabs->tabText(i));
            const int icon = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
            report(text, metrics.horizontalAdvance(text) + icon, tabs->tabRect(i).width());
        }
    } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 2;
        const QAbstractItemModel *model = header->model();
        for (int section = 0; model && section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0) {
                continue;
            }
            // A row's header has the header's width; a column's, its section's.
            const int room = header->orientation() == Qt::Horizontal ? header->sectionSize(section)
                                                                     : header->width();
            const QString text = model->headerData(section, header->orientation()).toString();
            if (header->defaultAlignment().testAnyFlags(Qt::Alignment::fromInt(Qt::TextWordWrap))) {
                // A wrapping header needs room for its longest word, and height for its lines.
                report(text, widestWord(metrics, text) + margin, room);
                const QRect wrapped =
                    metrics.boundingRect(QRect(0, 0, room - margin, 10000), Qt::TextWordWrap, text);
                if (wrapped.height() > header->height()) {
                    cut.append(QStringLiteral("%1: \"%2\" needs %3 px of height, has %4")
                                   .arg(where(widget), text)
                                   .arg(wrapped.height())
                                   .arg(header->height()));
                }
                continue;
            }
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                report(line, metrics.horizontalAdvance(line) + margin, room);
            }
        }
    } else if (const auto *chartView = qobject_cast<const QChartView *>(widget);
               chartView && charts) {
        const QChart *chart = chartView->chart();
        const int room = static_cast<int>(chart->size().width()) - 20;
        if (!chart->title().isEmpty()) {
            report(chart->title(),
                   QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title()), room);
        }
        if (chart->legend()->isVisible()) {
            // A legend in one row: each marker's symbol, label and spacing.
            const QFontMetrics legendMetrics(chart->legend()->font());
            QStringList labels;
            int needed = 0;
            for (const QLegendMarker *marker : chart->legend()->markers()) {
                if (marker->isVisible()) {
                    labels.append(marker->label());
                    needed += legendMetrics.horizontalAdvance(marker->label()) +
                              2 * legendMetrics.height() + 4;
                }
            }
            report(labels.join(QStringLiteral(" | ")), needed, room);
        }
        for (const QAbstractAxis *axis : chart->axes()) {
            // An axis title runs along its side of the plot.
            const QRectF plot = chart->plotArea();
            report(axis->titleText(),
                   QFontMetrics(axis->titleFont()).horizontalAdvance(axis->titleText()),
                   static_cast<int>(axis->orientation() == Qt::Vertical ? plot.height()
                                                                        : plot.width()));
            if (axis->labelsTruncated()) {
                cut.append(QStringLiteral("%1: the labels of the axis \"%2\" are cut short")
                               .arg(where(widget), axis->titleText()));
            }
        }
    } else if (const auto *document = qobject_cast<const QTextEdit *>(widget)) {
        // Words are never broken; one too wide for its column widens the page instead.
        if (document->wordWrapMode() != QTextOption::WordWrap ||
            document->horizontalScrollBar()->maximum() > 0) {
            cut.append(
                QStringLiteral("%1: a word is broken or runs past the edge").arg(where(widget)));
        }
    } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        // Cells wrap or not; either way, no word may be wider than the cell.
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QRect cell = view->visualRect(index);
                if (!cell.isValid() || !view->viewport()->rect().intersects(cell)) {
                    continue;
                }
                const QString text = index.data().toString();
                const int decoration =
                    (index.data(Qt::DecorationRole).isValid() ? view->iconSize().width() + 4 : 0) +
                    (index.data(Qt::CheckStateRole).isValid() ? 20 : 0);
                constexpr int kCellMargins = 6;
                // A list that does not wrap (the role list) must show each line whole.
                const auto *list = qobject_cast<const QListView *>(view);
                const int needed = list && !list->wordWrap() ? metrics.horizontalAdvance(text)
                                                             : widestWord(metrics, text);
                report(text, needed + decoration + kCellMargins, cell.width());
            }
        }
    }
    return cut;
}

QStringList cutTextsIn(const QWidget *window, bool charts)
{
    QStringList cut;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->width() > 0) {
            cut += cutTexts(widget, charts);
        }
    }
    return cut;
}

// Below this window height the charts are squeezed past reading; the views still fit.
constexpr int kChartsReadable = 760;

// A language, and how many points the system's font is larger than the usual.
struct TextFitCase {
    const char *language;
    int largerFont;
};

void PrintTo(const TextFitCase &fit, std::ostream *out)
{
    *out << fit.language << " +" << fit.largerFont << " pt";
}

std::string caseName(const ::testing::TestParamInfo<TextFitCase> &info)
{
    return info.param.largerFont == 0 ? std::string(info.param.language)
                                      : std::string(info.param.language) + "_" +
                                            std::to_string(info.param.largerFont) + "PointsLarger";
}

class MainWindowTextFitTest : public ::testing::TestWithParam<TextFitCase> {
protected:
    void SetUp() override
    {
        QSettings().clear();
        // A reader who set a larger font for every program: the window is built in it.
        if (GetParam().largerFont != 0) {
            QFont larger = m_font;
            larger.setPointSizeF(larger.pointSizeF() + GetParam().largerFont);
            QApplication::setFont(larger);
        }
        // The interface and the catalog's text in the language, as --lang gives them.
        const QString language = QString::fromLatin1(GetParam().language);
        m_language.emplace(language);
        m_window = std::make_unique<MainWindow>(testing::builtInCatalogIn(language));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override
    {
        m_window.reset();
        m_language.reset();
        QApplication::setFont(m_font);
        QSettings().clear();
    }

    void expectNothingCut(const char *view, QSize size)
    {
        QApplication::sendPostedEvents();
        const QStringList cut = cutTextsIn(m_window.get(), size.height() >= kChartsReadable);
        EXPECT_TRUE(cut.isEmpty())
            << view << " at " << size.width() << " × " << size.height() << ":\n"
            << qPrintable(cut.join(QLatin1Char('\n')));
    }

    const QFont m_font = QApplication::font();
    std::optional<testing::InLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(MainWindowTextFitTest, NoTextIsCutInAnyViewAtTheDefaultOrTheSmallestSize)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
         QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")});
    m_window->showView(MainWindow::View::Advisor);
    m_window->advisorView()->setScenario(testing::bakery());
    m_window->selfCheckView()->setAnswerList({QStringLiteral("writing=strong"),
                                              QStringLiteral("numbers-or-people=people"),
                                              QStringLiteral("strategy-or-execution=execution")});
    // The size the views are laid out for, a 2560 × 1600 laptop at 2x (1280 × 800 less the
    // frame), and a 1366 × 768 screen at 150 %.
    for (const QSize size :
         {MainWindow::kPreferredSize, QSize(1180, 760), QSize(1366 * 2 / 3, (768 - 70) * 2 / 3)}) {
        m_window->resize(size);
        m_window->showView(MainWindow::View::Browse);
        expectNothingCut("Browse", size);
        m_window->showView(MainWindow::View::Compare);
        for (const auto tab : {CompareView::Tab::SideBySide, CompareView::Tab::Metrics,
                               CompareView::Tab::PerRole, CompareView::Tab::Results}) {
            m_window->compareView()->showTab(tab);
            expectNothingCut("Compare", size);
        }
        m_window->showView(MainWindow::View::Advisor);
        expectNothingCut("Advisor", size);
        m_window->showView(MainWindow::View::SelfCheck);
        expectNothingCut("Self-check", size);
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, MainWindowTextFitTest,
                         ::testing::Values(TextFitCase{"en", 0}, TextFitCase{"de", 0},
                                           TextFitCase{"es", 0}, TextFitCase{"fr", 0}),
                         caseName);

// The system's font a size larger, in English and in German (the longest language), and two
// sizes larger in English. German two sizes larger needs more width than the window has for
// the advisor's form, plan and chart side by side: its chart's axis is cut.
INSTANTIATE_TEST_SUITE_P(LargerFont, MainWindowTextFitTest,
                         ::testing::Values(TextFitCase{"en", 1}, TextFitCase{"de", 1},
                                           TextFitCase{"en", 2}),
                         caseName);

} // namespace
} // namespace rolelens
