#include "Dialogs.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// GUI tests need a QApplication, but test discovery runs this binary with
// --gtest_list_tests at build time, without QT_QPA_PLATFORM: list first, then build the app.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests)) {
        return RUN_ALL_TESTS();
    }
    // Settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RoleLensTests"));
    QApplication::setApplicationName(QStringLiteral("RoleLensGuiTests"));
    QApplication app(argc, argv);
    // No modal dialog may block a test: tests answer through Dialogs' hooks.
    rolelens::Dialogs::setNonInteractive(true);
    return RUN_ALL_TESTS();
}
