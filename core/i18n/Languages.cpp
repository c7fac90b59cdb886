#include "i18n/Languages.h"

#include "base/Logging.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace rolelens {

namespace {

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Installs the translator of `name` in `language` from `folder`; null if there is none (the
// program's English needs none; a system without Qt's translations keeps Qt's English).
std::unique_ptr<QTranslator> install(const QLocale &locale, const QString &name,
                                     const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        if (locale.language() != QLocale::English) {
            logger(LogArea::Ui)
                ->info("no {} translation for {} in {}", name, locale.name(), folder);
        }
        return nullptr;
    }
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

const QList<Languages::Language> &Languages::all()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    return languages;
}

QStringList Languages::codes()
{
    QStringList result;
    for (const auto &language : all()) {
        result.append(language.code);
    }
    return result;
}

bool Languages::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Languages::forLocale(const QLocale &locale)
{
    for (const auto &name : locale.uiLanguages()) {
        const QString code = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (isSupported(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

void Languages::use(const QString &code)
{
    Q_ASSERT(isSupported(code));
    Installed &state = installed();
    const QLocale language(code);
    // A system that names no country (the C locale) gets English as the world writes it
    // (A4, day before month), not the United States' default.
    const QLocale::Territory territory = QLocale::system().territory();
    QLocale locale(language.language(),
                   territory == QLocale::AnyTerritory && language.language() == QLocale::English
                       ? QLocale::World
                       : territory);
    if (locale.language() != language.language()) {
        locale = language;
    }
    QLocale::setDefault(locale);
    // The old translators go first, so that every view is retranslated from the new ones.
    state.own.reset();
    state.qt.reset();
    state.code = code;
    state.own = install(locale, QStringLiteral("rolelens"), QStringLiteral(":/i18n"));
    state.qt = install(locale, QStringLiteral("qtbase"), qtTranslationsFolder());
}

QString Languages::current()
{
    return installed().code;
}

QString Languages::qtTranslationsFolder()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace rolelens
