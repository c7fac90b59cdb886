#pragma once

#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

namespace rolelens::testing {

// The program speaks `code` while this lives, as `--lang CODE` makes it (Languages::use: the
// translations compiled into the core library). It hands back English and the locale it
// found, so that no later test in the process reads another language.
class InLanguage {
public:
    explicit InLanguage(const QString &code)
    {
        withApplication();
        Languages::use(code);
        EXPECT_TRUE(code == QLatin1String("en") ||
                    QCoreApplication::translate("rolelens::MainWindow", "&File") !=
                        QLatin1String("&File"))
            << "no translation for " << qPrintable(code);
    }

    ~InLanguage()
    {
        Languages::use(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }

    InLanguage(const InLanguage &) = delete;
    InLanguage &operator=(const InLanguage &) = delete;

private:
    // Qt installs translators only in an application object; a test binary without one (the
    // core tests) gets one for the rest of the process.
    static void withApplication()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "rolelens-tests";
            static char *argv[] = {name, nullptr};
            static QCoreApplication application(argc, argv);
        }
    }

    QLocale m_locale;
};

} // namespace rolelens::testing
