#pragma once

#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"
#include "ui/window/MainWindow.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rolelens {

// The main window over the built-in catalog, shown, with no last session (the settings are
// cleared before and after each test). The MainWindow*Test files share it, one file a subject;
// it is outside an anonymous namespace because GoogleTest wants one fixture class for all the
// tests of a suite.
class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(testing::builtInCatalog());
        m_window->restoreSettings();
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    const Role &role(const char *id) const
    {
        return *m_window->catalog().role(QString::fromLatin1(id));
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace rolelens
