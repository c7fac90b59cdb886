#pragma once

#include "scenario/ScenarioFile.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AutosaveFiles.h"
#include "ui/advisor/CheckList.h"
#include "ui/advisor/FindingsTree.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rolelens {

// The main window over the built-in catalog on its Advisor view, with no last session and an
// autosave folder of its own. The Advisor*Test files share it, one file a subject; it is
// outside an anonymous namespace because GoogleTest wants one fixture class for all the tests
// of a suite.
class AdvisorViewTest : public ::testing::Test {
protected:
    static inline const QString kSmm = QStringLiteral("social-media-manager");

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Each test process autosaves into a folder of its own.
        AutosaveFiles::setFolder(m_dir.filePath(QStringLiteral("data")));
        QSettings().clear();
        m_window = openWindow();
        m_window->showView(MainWindow::View::Advisor);
    }

    void TearDown() override
    {
        m_window.reset();
        AutosaveFiles::setFolder({});
        QSettings().clear();
    }

    static std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(testing::builtInCatalog());
        window->restoreSettings();
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    AdvisorView *view() const { return m_window->advisorView(); }
    ScenarioForm *form() const { return view()->form(); }
    ScenarioSession *session() const { return m_window->scenarioSession(); }

    void trigger(const char *name) const
    {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        action->trigger();
    }

    void openFirstExample() const
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuExamples"));
        ASSERT_NE(menu, nullptr);
        ASSERT_FALSE(menu->actions().isEmpty());
        menu->actions().first()->trigger();
    }

    QString severityOf(const char *findingId) const
    {
        QTreeWidgetItem *item = view()->findings()->findingItem(QString::fromLatin1(findingId));
        return item ? item->data(0, FindingsTree::SeverityRole).toString() : QString();
    }

    // The bakery that wants 50,000 followers in four weeks, entered as an owner would.
    // Saves and opens an owner's scenario, the bakery considering the manager at a monthly
    // salary of 800, as the undo and wheel tests start from; returns its path.
    QString openSavedBakery()
    {
        Scenario scenario;
        scenario.businessName = QStringLiteral("Corner Bakery");
        scenario.considering = kSmm;
        scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 800.0, std::nullopt};
        const QString path = m_dir.filePath(QStringLiteral("bakery.rolelens.json"));
        EXPECT_FALSE(ScenarioFile::save(path, scenario).has_value());
        EXPECT_TRUE(session()->openFile(path));
        return path;
    }

    void enterOvernightFollowers() const
    {
        form()->considering()->setCurrentIndex(form()->considering()->findData(kSmm));
        form()->goals()->setChecked(QStringLiteral("brand-awareness"), true);
        form()->tasks()->setChecked(QStringLiteral("content-creation"), true);
        form()->followersBox()->setChecked(true);
        form()->currentFollowers()->setValue(1200);
        form()->targetFollowers()->setValue(50000);
        form()->weeks()->setValue(4);
        form()->judgeBy()->setChecked(QStringLiteral("follower-count"), true);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rolelens
