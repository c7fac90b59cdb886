#include "i18n/Languages.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

// Tests without a window still speak as the program does: English with its plural forms
// ("1 week", "2 weeks" come from rolelens_en.ts), whatever the machine's locale.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication application(argc, argv);
    rolelens::Languages::use(QStringLiteral("en"));
    return RUN_ALL_TESTS();
}
