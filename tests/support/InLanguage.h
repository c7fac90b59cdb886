#pragma once

#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace rolelens::testing {

// The program speaks `code` while this lives, as `--lang CODE` makes it: Languages' switch,
// and the program's own translations from the build folder, since a test binary has no
// resources of its own. It hands back English and the locale it found, so that no later test
// in the process reads another language.
class InLanguage {
public:
    explicit InLanguage(const QString &code)
    {
        withApplication();
        Languages::use(code);
        if (code != QLatin1String("en")) {
            EXPECT_TRUE(m_own.load(QLocale(code), QStringLiteral("rolelens"), QStringLiteral("_"),
                                   QStringLiteral(ROLELENS_TRANSLATIONS_DIR)))
                << "no translation for " << qPrintable(code) << " in " ROLELENS_TRANSLATIONS_DIR;
            QCoreApplication::installTranslator(&m_own);
        }
    }

    ~InLanguage()
    {
        QCoreApplication::removeTranslator(&m_own);
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
    QTranslator m_own;
};

} // namespace rolelens::testing
