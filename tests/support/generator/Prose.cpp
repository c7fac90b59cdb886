#include "support/generator/Prose.h"

#include "support/generator/SentenceTemplates.h"
#include "support/generator/WordLists.h"

namespace rolelens::bench {

QString word(Rng &rng, Words words)
{
    return QLatin1String(rng.pick(words));
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString slug(const QString &text)
{
    QString id;
    bool hyphen = false;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (hyphen && !id.isEmpty()) {
                id.append(QLatin1Char('-'));
            }
            hyphen = false;
            id.append(c);
        } else {
            hyphen = true;
        }
    }
    return id;
}

QString fill(Rng &rng, QString text, const QString &role)
{
    const auto replaceAll = [&](const char *slot, auto choose) {
        const QLatin1String key(slot);
        if (text.contains(key)) {
            text.replace(key, choose());
        }
    };
    replaceAll("$R", [&] { return role; });
    replaceAll("$A", [&] { return word(rng, kAudiences); });
    replaceAll("$O", [&] { return word(rng, kOutcomes); });
    replaceAll("$T", [&] { return word(rng, kTools); });
    replaceAll("$C", [&] { return word(rng, kCadences); });
    replaceAll("$P", [&] { return word(rng, kPartners); });
    replaceAll("$M", [&] { return word(rng, kManners); });
    return text;
}

QString fill(Rng &rng, const char *pattern, const QString &role)
{
    return fill(rng, QString(QLatin1String(pattern)), role);
}

QString prose(Rng &rng, const char *opener, const QString &role, int extraSentences)
{
    QString text = fill(rng, opener, role);
    for (const auto index :
         rng.distinct(static_cast<qsizetype>(std::size(kGeneralSentences)), extraSentences)) {
        text +=
            QLatin1Char(' ') + fill(rng, kGeneralSentences[static_cast<std::size_t>(index)], role);
    }
    return text;
}

} // namespace rolelens::bench
