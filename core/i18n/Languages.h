#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace rolelens {

// The languages the program speaks (its interface, the catalog's text and the documents) and
// the one in use: its translations installed, and the locale numbers, dates and paper follow.
class Languages {
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language {
        QString code;       // "de"
        QString nativeName; // "Deutsch": how a speaker finds it in a list
    };

    static const QList<Language> &all();
    static QStringList codes();
    static bool isSupported(const QString &code);
    // The supported language closest to `locale`'s (the first of its UI languages the program
    // speaks), English if none.
    static QString forLocale(const QLocale &locale);

    // Makes `code` the language in use: its translations of the program and of Qt's own
    // dialogs replace the previous ones (LanguageChange reaches every widget), and the
    // default locale becomes that language in the system's territory, where the two go
    // together ("en" on a German system: English words, A4 paper and day-month dates).
    static void use(const QString &code);
    // The language in use; English until use() is called.
    static QString current();
    // Where translations are read from: the program's own (":/i18n" unless set, for tests)
    // and Qt's.
    static QString qtTranslationsFolder();
};

} // namespace rolelens
