#include "catalog/CatalogTranslation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace rolelens {

namespace {

// The fields written in words, as paths of keys with "[]" for any element of a list and "*"
// for any key. scripts/catalog-translation.py writes templates from the same list.
const QList<QStringList> &translatablePaths()
{
    static const QList<QStringList> paths = [] {
        const char *const written[]{
            "sources[].title", // only of the catalog's own sources: isPublishedTitle
            "sources[].note",
            "sources[].method",
            "sources[].sample",
            "sources[].dataPeriod",
            "metrics[].name",
            "metrics[].definition",
            "metrics[].formula",
            "metrics[].unit",
            "roles[].title",
            "roles[].category",
            "roles[].summary",
            "roles[].dimensions.*.text",
            "roles[].responsibilities[].name",
            "roles[].responsibilities[].description",
            "roles[].skills[].name",
            "roles[].skills[].description",
            "roles[].misconceptions[].belief",
            "roles[].misconceptions[].reality",
            "roles[].notResponsibleFor[].task",
            "roles[].reportsTo[].label",
            "roles[].reportsTo[].condition",
            "roles[].supervises[].label",
            "roles[].supervises[].condition",
            "disagreements[].topic",
            "disagreements[].positions[].view",
            "goals[].label",
            "tasks[].label",
            "guidance[].text",
            "benchmarks[].platform",
            "benchmarks[].unit",
            "benchmarks[].measured",
            "workKinds[].question",
            "workKinds[].sides[].label",
        };
        QList<QStringList> result;
        for (const char *path : written) {
            QStringList steps;
            for (const auto &part : QString::fromLatin1(path).split(QLatin1Char('.'))) {
                if (part.endsWith(QLatin1String("[]"))) {
                    steps << part.chopped(2) << QStringLiteral("[]");
                } else {
                    steps << part;
                }
            }
            result.append(steps);
        }
        return result;
    }();
    return paths;
}

// Values the program reads as codes, not words: a metric's unit "%" or "currency".
bool isCode(const QString &value)
{
    return value == QLatin1String("%") || value == QLatin1String("currency");
}

// An article's or a report's title is bibliographic: it stays as published. The catalog's own
// sources ("General practice", "Illustrative assumption") are its words, and translated.
bool isPublishedTitle(const QJsonObject &entry, const QStringList &keySteps)
{
    static const QStringList titleSteps{QStringLiteral("sources"), QStringLiteral("[]"),
                                        QStringLiteral("title")};
    const QString kind = entry.value(QStringLiteral("kind")).toString();
    return keySteps == titleSteps &&
           (kind == QLatin1String("article") || kind == QLatin1String("published-benchmark"));
}

bool matches(const QStringList &pattern, const QStringList &steps, bool whole)
{
    if (pattern.size() < steps.size() || (whole && pattern.size() != steps.size())) {
        return false;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (pattern[i] != QLatin1String("*") && pattern[i] != steps[i]) {
            return false;
        }
    }
    return true;
}

const QString kId = QStringLiteral("id");
// A reporting line names its role with "role", and its entries are matched by it.
const QString kRole = QStringLiteral("role");

// The key a list's entries are matched by: "id", or "role" for reporting lines, whose plain
// id entries have nothing to translate; empty for lists matched by place.
QString matchKey(const QJsonArray &english)
{
    for (const auto &item : english) {
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            return object.contains(kId) ? kId : object.contains(kRole) ? kRole : QString();
        }
    }
    return {};
}

} // namespace

QString CatalogTranslation::fileFor(const QString &catalogFile, const QString &language)
{
    const QFileInfo info(catalogFile);
    return info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + language +
                               QStringLiteral(".json"));
}

QStringList CatalogTranslation::apply(QJsonObject &catalog, const QByteArray &bytes,
                                      const QString &translationFile, const QString &language,
                                      Diagnostics &errors)
{
    JsonReader reader(translationFile, errors);
    const auto root = reader.parseObject(bytes);
    if (!root) {
        return {};
    }
    if (!reader.readHeader(*root, JsonPath(),
                           {QLatin1String("rolelens-catalog-translation"), kFormatVersion,
                            tr("expected \"rolelens-catalog-translation\", found \"%1\""),
                            tr("version %1 is not supported (this program reads version %2)")})) {
        return {};
    }
    const QString stated = root->value(QStringLiteral("language")).toString();
    if (stated != language) {
        reader.error(
            JsonPath().member(QStringLiteral("language")),
            tr("the file is named for language \"%1\" but says \"%2\"").arg(language, stated));
        return {};
    }
    QJsonObject body = *root;
    for (const auto *header : {"format", "version", "language"}) {
        body.remove(QLatin1String(header));
    }
    CatalogTranslation translation(reader);
    catalog = translation.overlayObject(catalog, body, {}, JsonPath());
    return translation.m_untranslated;
}

bool CatalogTranslation::mayHoldTranslatable(const QStringList &steps)
{
    const auto &paths = translatablePaths();
    return std::any_of(paths.begin(), paths.end(),
                       [&](const QStringList &pattern) { return matches(pattern, steps, false); });
}

bool CatalogTranslation::isTranslatable(const QJsonValue &english, const QStringList &steps)
{
    if (english.isString()) {
        const auto &paths = translatablePaths();
        return !isCode(english.toString()) &&
               std::any_of(paths.begin(), paths.end(), [&](const QStringList &pattern) {
                   return matches(pattern, steps, true);
               });
    }
    if (!mayHoldTranslatable(steps)) {
        return false;
    }
    if (english.isArray()) {
        const QJsonArray items = english.toArray();
        const QStringList itemSteps = steps + QStringList{QStringLiteral("[]")};
        return std::any_of(items.begin(), items.end(),
                           [&](const QJsonValue &item) { return isTranslatable(item, itemSteps); });
    }
    if (english.isObject()) {
        const QJsonObject object = english.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QStringList keySteps = steps + QStringList{it.key()};
            if (isTranslatable(it.value(), keySteps) && !isPublishedTitle(object, keySteps)) {
                return true;
            }
        }
    }
    return false;
}

QJsonObject CatalogTranslation::overlayObject(const QJsonObject &english,
                                              const QJsonObject &translated,
                                              const QStringList &steps, const JsonPath &path)
{
    QJsonObject result = english;
    const bool isElement = !steps.isEmpty() && steps.last() == QLatin1String("[]");
    for (auto it = translated.begin(); it != translated.end(); ++it) {
        const QString &key = it.key();
        if ((key == kId || key == kRole) && isElement && english.contains(key)) {
            continue; // how the entry was matched
        }
        const QStringList keySteps = steps + QStringList{key};
        if (!english.contains(key)) {
            m_reader.error(path.member(key),
                           tr("the catalog file has no \"%1\" here to translate").arg(key));
        } else if (!isTranslatable(english.value(key), keySteps) ||
                   isPublishedTitle(english, keySteps)) {
            m_reader.error(path.member(key),
                           tr("\"%1\" is not translated: ids, sources, quotes, tags, codes and "
                              "numbers stay as the catalog file has them")
                               .arg(key));
        } else {
            result.insert(key,
                          overlayValue(english.value(key), it.value(), keySteps, path.member(key)));
        }
    }
    for (auto it = english.begin(); it != english.end(); ++it) {
        const QStringList keySteps = steps + QStringList{it.key()};
        if (translated.contains(it.key()) || !isTranslatable(it.value(), keySteps) ||
            isPublishedTitle(english, keySteps)) {
            continue;
        }
        if (steps.isEmpty()) {
            // A whole section without a translation: every entry in it stays in English.
            const QJsonArray entries = it.value().toArray();
            const QStringList entrySteps{it.key(), QStringLiteral("[]")};
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (!isTranslatable(entries.at(i), entrySteps)) {
                    continue; // nothing in it is in words: an article's source entry
                }
                const QString id = entries.at(i).toObject().value(kId).toString();
                m_untranslated.append(it.key() + QLatin1Char('[') +
                                      (id.isEmpty() ? QString::number(i) : id) + QLatin1Char(']'));
            }
        } else {
            m_reader.error(path.member(it.key()), tr("missing: the translation of this entry "
                                                     "must translate \"%1\" too")
                                                      .arg(it.key()));
        }
    }
    return result;
}

QJsonValue CatalogTranslation::overlayValue(const QJsonValue &english, const QJsonValue &translated,
                                            const QStringList &steps, const JsonPath &path)
{
    if (english.isString()) {
        if (!translated.isString() || translated.toString().trimmed().isEmpty()) {
            m_reader.error(path, tr("expected the translated text"));
            return english;
        }
        return translated;
    }
    if (english.isArray()) {
        if (!translated.isArray()) {
            m_reader.error(path, tr("expected a list, as in the catalog file"));
            return english;
        }
        return overlayArray(english.toArray(), translated.toArray(), steps, path);
    }
    if (!translated.isObject()) {
        m_reader.error(path, tr("expected an object, as in the catalog file"));
        return english;
    }
    return overlayObject(english.toObject(), translated.toObject(), steps, path);
}

QJsonArray CatalogTranslation::overlayArray(const QJsonArray &english, const QJsonArray &translated,
                                            const QStringList &steps, const JsonPath &path)
{
    const QString key = matchKey(english);
    if (!key.isEmpty()) {
        return overlayById(english, translated, key, steps, path);
    }
    // Lists without ids (a role's misconceptions, a disagreement's positions) go by place.
    QJsonArray result = english;
    const QStringList itemSteps = steps + QStringList{QStringLiteral("[]")};
    for (qsizetype i = 0; i < translated.size(); ++i) {
        if (i >= english.size()) {
            m_reader.error(path.element(i), tr("the catalog file has no entry %1 here (it has %2)")
                                                .arg(i + 1)
                                                .arg(english.size()));
            break;
        }
        result.replace(i,
                       overlayValue(english.at(i), translated.at(i), itemSteps, path.element(i)));
    }
    for (qsizetype i = translated.size(); i < english.size(); ++i) {
        m_reader.error(
            path,
            tr("missing: the translation of entry %1 of %2 here").arg(i + 1).arg(english.size()));
    }
    return result;
}

QJsonArray CatalogTranslation::overlayById(const QJsonArray &english, const QJsonArray &translated,
                                           const QString &key, const QStringList &steps,
                                           const JsonPath &path)
{
    QHash<QString, qsizetype> places;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i).isObject()) {
            places.insert(english.at(i).toObject().value(key).toString(), i);
        }
    }
    QJsonArray result = english;
    QList<bool> done(english.size(), false);
    const QStringList itemSteps = steps + QStringList{QStringLiteral("[]")};
    for (qsizetype i = 0; i < translated.size(); ++i) {
        const JsonPath itemPath = path.element(i);
        const QString id = translated.at(i).toObject().value(key).toString();
        const auto place = places.constFind(id);
        if (id.isEmpty()) {
            m_reader.error(itemPath.member(key), tr("expected the id of the entry translated"));
        } else if (place == places.constEnd()) {
            m_reader.error(itemPath.member(key),
                           tr("the catalog file has no entry \"%1\" here").arg(id));
        } else if (done[*place]) {
            m_reader.error(itemPath.member(key), tr("\"%1\" is translated twice").arg(id));
        } else {
            done[*place] = true;
            result.replace(*place,
                           overlayValue(english.at(*place), translated.at(i), itemSteps, itemPath));
        }
    }
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (done[i] || !isTranslatable(english.at(i), itemSteps)) {
            continue;
        }
        const QString id = english.at(i).toObject().value(key).toString();
        if (steps.size() == 1) {
            m_untranslated.append(steps.first() + QLatin1Char('[') + id + QLatin1Char(']'));
        } else {
            m_reader.error(path, tr("missing: the translation of \"%1\"").arg(id));
        }
    }
    return result;
}

} // namespace rolelens
