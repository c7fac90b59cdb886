#include "support/generator/RoleGenerator.h"

#include "catalog/CatalogLoader.h"
#include "model/Dimension.h"
#include "support/generator/Prose.h"
#include "support/generator/Rng.h"
#include "support/generator/SentenceTemplates.h"
#include "support/generator/WordLists.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace rolelens::bench {
namespace {

QJsonArray cite(const char *source)
{
    return QJsonArray{QJsonObject{{QStringLiteral("source"), QLatin1String(source)}}};
}

struct BuiltIn {
    QStringList metricIds;
    QStringList roleIds;
};

// The metric and role ids the generated roles refer to, taken from the built-in catalog.
const BuiltIn &builtIn()
{
    static const BuiltIn data = [] {
        CatalogLoader loader;
        loader.addBuiltIn();
        const auto catalog = loader.finish();
        if (!catalog) {
            std::fputs("the built-in catalog does not load\n", stderr);
            std::abort();
        }
        BuiltIn ids;
        for (const auto &metric : catalog->metrics()) {
            ids.metricIds.append(metric.id);
        }
        for (const auto &role : catalog->roles()) {
            ids.roleIds.append(role.id);
        }
        return ids;
    }();
    return data;
}

struct Responsibility {
    QString id;
    QString name;
    QString description;
};

// A responsibility is a verb and an object, the same name and description in every role
// that lists it (roles that share one use the same id).
Responsibility responsibility(const Verb &verb, const char *object, quint32 seed)
{
    const QString objectText = QLatin1String(object);
    const QString name = capitalized(QLatin1String(verb.base) + QLatin1Char(' ') + objectText);
    const QString id = slug(name);
    Rng rng(mix(hashOf(id), seed));
    QString description = fill(rng, rng.pick<const char *>(kResponsibilityDescriptions), {});
    description.replace(QLatin1String("$V"), capitalized(QLatin1String(verb.third)));
    description.replace(QLatin1String("$X"), objectText);
    return {id, name, description};
}

QJsonObject namedItem(const QString &id, const QString &name, const QString &description)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("sources"), cite("general-practice")}};
}

} // namespace

QJsonObject generateRole(int index, quint32 seed)
{
    const BuiltIn &ids = builtIn();
    Rng rng(mix(seed, static_cast<quint64>(index)));

    const Category &category = rng.pick<Category>(kCategories);
    const QString qualifier = word(rng, kQualifiers);
    const QString domain = QLatin1String(rng.pick<const char *>(category.domains));
    const Noun &noun = rng.pick<Noun>(kNouns);
    const QString number = QString::number(index + 1);
    const QString baseTitle =
        qualifier + QLatin1Char(' ') + domain + QLatin1Char(' ') + QLatin1String(noun.noun);
    const QString title = baseTitle + QLatin1Char(' ') + number;
    const QString role = baseTitle.toLower();

    QJsonArray aliases;
    const int aliasCount = rng.between(0, 3);
    if (aliasCount >= 1) {
        QString initials;
        for (const auto &part : baseTitle.split(QLatin1Char(' '))) {
            initials.append(part.at(0).toUpper());
        }
        aliases.append(initials + QLatin1Char(' ') + number);
    }
    if (aliasCount >= 2) {
        aliases.append(capitalized(domain + QLatin1Char(' ') + QLatin1String(noun.synonym)) +
                       QLatin1Char(' ') + number);
    }
    if (aliasCount >= 3) {
        aliases.append(capitalized(domain + QLatin1Char(' ') + QLatin1String(noun.noun)) +
                       QStringLiteral(" (") + qualifier.toLower() + QStringLiteral(") ") + number);
    }

    const QString summary = QStringLiteral("A ") + role + QStringLiteral(" looks after ") +
                            QLatin1String(rng.pick<const char *>(category.objects)) +
                            QStringLiteral(" and ") + word(rng, kCommonObjects) +
                            QStringLiteral(" for ") + word(rng, kAudiences) +
                            QStringLiteral(", aiming for ") + word(rng, kOutcomes) +
                            QLatin1Char('.') + prose(rng, "", role, rng.between(1, 2));

    QJsonObject dimensionsObject;
    const auto &all = dimensions::all();
    for (qsizetype d = 0; d < all.size(); ++d) {
        const Dimension dimension = all[d];
        const QStringList &vocabulary = dimensions::vocabulary(dimension);
        const bool narrow =
            dimension == Dimension::Employment || dimension == Dimension::TimeHorizon ||
            dimension == Dimension::DecisionLevel || dimension == Dimension::Hierarchy;
        QJsonArray tags;
        for (const auto tag : rng.distinct(vocabulary.size(), rng.between(1, narrow ? 2 : 3))) {
            tags.append(vocabulary.at(tag));
        }
        const QString text =
            prose(rng, rng.pick<const char *>(kDimensionOpeners[static_cast<std::size_t>(d)]), role,
                  rng.between(0, 2));
        dimensionsObject.insert(dimensions::key(dimension),
                                QJsonObject{{QStringLiteral("text"), text},
                                            {QStringLiteral("tags"), tags},
                                            {QStringLiteral("sources"), cite("general-practice")}});
    }

    // Objects: the common ones plus the category's own.
    std::vector<const char *> objects(std::begin(kCommonObjects), std::end(kCommonObjects));
    objects.insert(objects.end(), category.objects.begin(), category.objects.end());
    const auto verbCount = static_cast<qsizetype>(std::size(kVerbs));
    QJsonArray responsibilities;
    for (const auto pair :
         rng.distinct(verbCount * static_cast<qsizetype>(objects.size()), rng.between(17, 23))) {
        const Responsibility item =
            responsibility(kVerbs[static_cast<std::size_t>(pair % verbCount)],
                           objects[static_cast<std::size_t>(pair / verbCount)], seed);
        responsibilities.append(namedItem(item.id, item.name, item.description));
    }

    const auto levelCount = static_cast<qsizetype>(std::size(kSkillLevels));
    QJsonArray skills;
    for (const auto pair : rng.distinct(static_cast<qsizetype>(std::size(kSkills)) * levelCount,
                                        rng.between(12, 18))) {
        const QString skill =
            QLatin1String(kSkillLevels[static_cast<std::size_t>(pair % levelCount)]) +
            QLatin1String(kSkills[static_cast<std::size_t>(pair / levelCount)]);
        const QString name = capitalized(skill);
        Rng skillRng(mix(hashOf(name), seed));
        QString description = fill(skillRng, skillRng.pick<const char *>(kSkillDescriptions), {});
        description.replace(QLatin1String("$S"), skill);
        skills.append(namedItem(slug(name), name, description));
    }

    // General practice only: primary weight 2, secondary weight 1 (docs/catalog-format.md).
    QJsonArray metrics;
    const int primaries = rng.between(2, 4);
    int position = 0;
    for (const auto metric : rng.distinct(ids.metricIds.size(), rng.between(7, 9))) {
        const bool primary = position++ < primaries;
        metrics.append(
            QJsonObject{{QStringLiteral("metric"), ids.metricIds.at(metric)},
                        {QStringLiteral("emphasis"),
                         primary ? QStringLiteral("primary") : QStringLiteral("secondary")},
                        {QStringLiteral("weight"), primary ? 2 : 1},
                        {QStringLiteral("basis"), cite("general-practice")}});
    }

    QJsonObject object{
        {QStringLiteral("id"), slug(title)},
        {QStringLiteral("title"), title},
        {QStringLiteral("category"), QLatin1String(category.name)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("summarySources"), cite("general-practice")},
        {QStringLiteral("dimensions"), dimensionsObject},
        {QStringLiteral("responsibilities"), responsibilities},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("metrics"), metrics},
    };
    if (!aliases.isEmpty()) {
        object.insert(QStringLiteral("aliases"), aliases);
    }

    // Work the role does not do, handed to a built-in role.
    QJsonArray exclusions;
    for (const auto verb :
         rng.distinct(static_cast<qsizetype>(std::size(kVerbs)), rng.between(0, 2))) {
        const Category &other = rng.pick<Category>(kCategories);
        exclusions.append(QJsonObject{
            {QStringLiteral("task"),
             capitalized(QLatin1String(kVerbs[static_cast<std::size_t>(verb)].base) +
                         QLatin1Char(' ') + QLatin1String(rng.pick<const char *>(other.objects)) +
                         QStringLiteral(" for ") + word(rng, kAudiences))},
            {QStringLiteral("handledBy"), ids.roleIds.at(rng.below(ids.roleIds.size()))},
            {QStringLiteral("sources"), cite("general-practice")}});
    }
    if (!exclusions.isEmpty()) {
        object.insert(QStringLiteral("notResponsibleFor"), exclusions);
    }
    QJsonArray misconceptions;
    for (const auto belief :
         rng.distinct(static_cast<qsizetype>(std::size(kBeliefs)), rng.between(0, 2))) {
        const auto &[beliefText, realityText] = kBeliefs[static_cast<std::size_t>(belief)];
        const QStringList texts =
            fill(rng, QLatin1String(beliefText) + QLatin1Char('|') + QLatin1String(realityText),
                 role)
                .split(QLatin1Char('|'));
        misconceptions.append(QJsonObject{{QStringLiteral("belief"), texts.at(0)},
                                          {QStringLiteral("reality"), texts.at(1)},
                                          {QStringLiteral("sources"), cite("general-practice")}});
    }
    if (!misconceptions.isEmpty()) {
        object.insert(QStringLiteral("misconceptions"), misconceptions);
    }

    QJsonObject curve{{QStringLiteral("startDelayWeeks"), rng.between(0, 12)},
                      {QStringLiteral("rampWeeks"), rng.between(4, 52)},
                      {QStringLiteral("sources"), cite("illustrative")}};
    if (rng.chance(30)) {
        curve.insert(QStringLiteral("holdWeeks"), rng.between(0, 26));
        curve.insert(QStringLiteral("decayHalfLifeWeeks"), rng.between(4, 52));
    }
    object.insert(QStringLiteral("expectedResults"), curve);
    if (rng.chance(30)) {
        const int low = rng.between(0, 3);
        object.insert(QStringLiteral("audienceGrowth"),
                      QJsonObject{{QStringLiteral("lowPercentPerMonth"), low},
                                  {QStringLiteral("highPercentPerMonth"), low + rng.between(1, 8)},
                                  {QStringLiteral("sources"), cite("illustrative")}});
    }
    return object;
}

} // namespace rolelens::bench
