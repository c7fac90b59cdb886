// What a screen reader says: every interactive widget of every view, and of the documents
// dialog, has an accessible name (what it is) and an accessible description (what it does or
// shows), in English and in another language, and both follow a change of language.

#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/InLanguage.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/DocumentsDialog.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace rolelens {
namespace {

// Focusable, or of a kind a reader acts on or reads from even when it takes no focus (the
// toolbar's buttons, a chart beside the text it repeats).
bool interactive(const QWidget *widget)
{
    const auto *group = qobject_cast<const QGroupBox *>(widget);
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QChartView *>(widget) || qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QTabBar *>(widget) || (group && group->isCheckable());
}

// Parts Qt builds inside its own widgets and reads out as parts of them: a view's headers, a
// table's select-all corner, a tab bar's scroll arrows, a toolbar's overflow button.
bool partOfQtWidget(const QWidget *widget)
{
    return qobject_cast<const QHeaderView *>(widget) ||
           qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0 ||
           widget->objectName() == QLatin1String("qt_toolbar_ext_button") ||
           (qobject_cast<const QTabBar *>(widget->parentWidget()) &&
            qobject_cast<const QAbstractButton *>(widget));
}

// Shown in some state of the window a user can reach: not hidden for want of content (a chip
// with no role, a suggestion never made), though maybe on a page of a stack or a tab not
// chosen now. Popups are windows of their own.
bool reachable(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *at = widget; at && at != top; at = at->parentWidget()) {
        if (at->isWindow()) {
            return false;
        }
        const bool hiddenOnPurpose =
            at->isHidden() && at->testAttribute(Qt::WA_WState_ExplicitShowHide);
        if (hiddenOnPurpose && !qobject_cast<const QStackedWidget *>(at->parentWidget())) {
            return false;
        }
    }
    return true;
}

// The class, object name and the named parents, enough to find the widget in the code.
QString where(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *at = widget->parentWidget(); at; at = at->parentWidget()) {
        if (!at->objectName().isEmpty()) {
            chain.append(at->objectName());
        }
    }
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             chain.join(QStringLiteral(" < ")));
}

QList<QWidget *> interactiveWidgets(QWidget *top)
{
    QList<QWidget *> found;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (interactive(widget) && !partOfQtWidget(widget) && reachable(widget, top)) {
            found.append(widget);
        }
    }
    return found;
}

// One line for each interactive widget a reader would find nameless or unexplained.
QStringList undescribed(QWidget *top)
{
    QStringList missing;
    for (const QWidget *widget : interactiveWidgets(top)) {
        QStringList lacks;
        if (widget->accessibleName().trimmed().isEmpty()) {
            lacks.append(QStringLiteral("name"));
        }
        if (widget->accessibleDescription().trimmed().isEmpty()) {
            lacks.append(QStringLiteral("description"));
        }
        if (!lacks.isEmpty()) {
            missing.append(where(widget) + QStringLiteral(": no ") +
                           lacks.join(QStringLiteral(", no ")));
        }
    }
    return missing;
}

// Words only, as a voice command names them: no mnemonic, quotes or symbols (a chip's ✕).
QString words(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")))
        .replace(QRegularExpression(QStringLiteral("[^\\w\\s'’-]"),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral(" "));
    return text.simplified();
}

// A button's name says its visible words, so that "click Clear" finds it (WCAG 2.5.3 Label in
// Name).
QStringList labelsNotInNames(QWidget *top)
{
    QStringList missing;
    for (const QWidget *widget : interactiveWidgets(top)) {
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (!button) {
            continue;
        }
        const QString label = words(button->text());
        if (!label.isEmpty() &&
            !words(button->accessibleName()).contains(label, Qt::CaseInsensitive)) {
            missing.append(QStringLiteral("%1: \"%2\" not in \"%3\"")
                               .arg(where(widget), label, button->accessibleName()));
        }
    }
    return missing;
}

const QStringList kFourRoles{
    QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
    QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")};

class MainWindowAccessibilityTest : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override
    {
        QSettings().clear();
        const QString language = QString::fromLatin1(GetParam());
        m_language.emplace(language);
        m_window = std::make_unique<MainWindow>(testing::builtInCatalogIn(language));
        // With the first-run hint, as on a first start.
        m_window->restoreSettings();
        // Wide enough for every toolbar button.
        m_window->resize(MainWindow::kPreferredSize);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // Every view built, with content in every part: four roles compared, a scenario with
        // followers in the advisor.
        m_window->compareView()->setRoles(kFourRoles);
        m_window->advisorView()->setScenario(testing::bakery());
        for (const auto view :
             {MainWindow::View::Compare, MainWindow::View::Advisor, MainWindow::View::Browse}) {
            m_window->showView(view);
        }
        QApplication::sendPostedEvents();
    }

    void TearDown() override
    {
        m_window.reset();
        m_language.reset();
        QSettings().clear();
    }

    std::optional<testing::InLanguage> m_language;
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(MainWindowAccessibilityTest, EveryInteractiveWidgetHasANameAndADescription)
{
    const QStringList missing = undescribed(m_window.get());
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " widgets:\n"
                                   << qPrintable(missing.join(QLatin1Char('\n')));
    EXPECT_GE(interactiveWidgets(m_window.get()).size(), 40);
}

TEST_P(MainWindowAccessibilityTest, EveryWidgetOfTheDocumentsDialogHasANameAndADescription)
{
    const Scenario scenario = testing::bakery();
    DocumentsDialog dialog(m_window->catalog(), scenario,
                           Advisor(m_window->catalog()).advise(scenario), *m_window);
    dialog.allowKeeping([](const QStringList &) {});
    dialog.showKind(HiringDocuments::Kind::JobPost);
    const QStringList missing = undescribed(&dialog);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " widgets:\n"
                                   << qPrintable(missing.join(QLatin1Char('\n')));
    EXPECT_GE(interactiveWidgets(&dialog).size(), 6);
}

TEST_P(MainWindowAccessibilityTest, EveryButtonsNameSaysItsVisibleLabel)
{
    const QStringList missing = labelsNotInNames(m_window.get());
    EXPECT_TRUE(missing.isEmpty()) << qPrintable(missing.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(Languages, MainWindowAccessibilityTest, ::testing::Values("en", "de"));

// Switched at run time, the window reads out the new language: every description changes
// (a sentence, never the same in French as in English).
TEST(MainWindowAccessibility, TheNamesAndDescriptionsFollowTheLanguage)
{
    QSettings().clear();
    MainWindow window(testing::builtInCatalog());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.compareView()->setRoles(kFourRoles);
    window.advisorView()->setScenario(testing::bakery());
    QApplication::sendPostedEvents();
    QHash<const QWidget *, QString> english;
    for (const QWidget *widget : interactiveWidgets(&window)) {
        english.insert(widget, widget->accessibleDescription());
    }
    ASSERT_TRUE(window.switchLanguage(QStringLiteral("fr")));
    QApplication::sendPostedEvents();
    QStringList unchanged;
    for (const QWidget *widget : interactiveWidgets(&window)) {
        if (english.contains(widget) && !widget->accessibleDescription().isEmpty() &&
            widget->accessibleDescription() == english.value(widget)) {
            unchanged.append(where(widget) + QStringLiteral(": ") + english.value(widget));
        }
    }
    window.switchLanguage(QStringLiteral("en"));
    QSettings().clear();
    EXPECT_TRUE(unchanged.isEmpty()) << qPrintable(unchanged.join(QLatin1Char('\n')));
}

} // namespace
} // namespace rolelens
