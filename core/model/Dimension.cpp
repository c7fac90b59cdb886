#include "model/Dimension.h"

#include <QCoreApplication>

#include <array>

namespace rolelens::dimensions {
namespace {

struct DimensionInfo {
    Dimension dimension;
    const char *key;
    const char *label;
    QStringList vocabulary;
};

const std::array<DimensionInfo, 9> &table()
{
    static const std::array<DimensionInfo, 9> infos{{
        {Dimension::Purpose,
         "purpose",
         QT_TRANSLATE_NOOP("Dimension", "Role and purpose"),
         {QStringLiteral("brand-presence"), QStringLiteral("audience-influence"),
          QStringLiteral("product-promotion"), QStringLiteral("lead-and-sales-generation"),
          QStringLiteral("community-building"), QStringLiteral("web-presence"),
          QStringLiteral("marketing-direction"), QStringLiteral("reputation-management"),
          QStringLiteral("customer-support"), QStringLiteral("administration")}},
        {Dimension::Focus,
         "focus",
         QT_TRANSLATE_NOOP("Dimension", "Content creation vs strategy and execution"),
         {QStringLiteral("content-creation"), QStringLiteral("strategy"),
          QStringLiteral("execution"), QStringLiteral("analytics"),
          QStringLiteral("paid-advertising"), QStringLiteral("community-interaction"),
          QStringLiteral("technical-maintenance"), QStringLiteral("media-relations"),
          QStringLiteral("issue-resolution"), QStringLiteral("administrative-tasks")}},
        {Dimension::Employment,
         "employment",
         QT_TRANSLATE_NOOP("Dimension", "Ownership and employment"),
         {QStringLiteral("employee"), QStringLiteral("agency"), QStringLiteral("self-employed"),
          QStringLiteral("contract")}},
        {Dimension::AudienceEngagement,
         "audienceEngagement",
         QT_TRANSLATE_NOOP("Dimension", "Audience engagement"),
         {QStringLiteral("personal-connection"), QStringLiteral("brand-voice"),
          QStringLiteral("two-way"), QStringLiteral("one-way"),
          QStringLiteral("targeted-campaigns"), QStringLiteral("one-to-one-support"),
          QStringLiteral("indirect")}},
        {Dimension::Monetization,
         "monetization",
         QT_TRANSLATE_NOOP("Dimension", "How the role earns"),
         {QStringLiteral("salary"), QStringLiteral("contract-fees"), QStringLiteral("service-fees"),
          QStringLiteral("brand-partnerships"), QStringLiteral("sponsored-content"),
          QStringLiteral("affiliate-marketing"), QStringLiteral("own-products")}},
        {Dimension::SuccessMetrics,
         "successMetrics",
         QT_TRANSLATE_NOOP("Dimension", "Success metrics"),
         {QStringLiteral("audience-size"), QStringLiteral("engagement"),
          QStringLiteral("visibility"), QStringLiteral("traffic"), QStringLiteral("conversion"),
          QStringLiteral("revenue"), QStringLiteral("sentiment"), QStringLiteral("service"),
          QStringLiteral("operations")}},
        {Dimension::TimeHorizon,
         "timeHorizon",
         QT_TRANSLATE_NOOP("Dimension", "Time horizon"),
         {QStringLiteral("immediate"), QStringLiteral("short-term"), QStringLiteral("long-term")}},
        {Dimension::DecisionLevel,
         "decisionLevel",
         QT_TRANSLATE_NOOP("Dimension", "Decision level"),
         {QStringLiteral("strategic"), QStringLiteral("tactical"), QStringLiteral("operational")}},
        {Dimension::Hierarchy,
         "hierarchy",
         QT_TRANSLATE_NOOP("Dimension", "Place in the hierarchy"),
         {QStringLiteral("independent"), QStringLiteral("team-member"),
          QStringLiteral("supervisor"), QStringLiteral("supervised")}},
    }};
    return infos;
}

const DimensionInfo &info(Dimension dimension)
{
    return table().at(static_cast<std::size_t>(dimension));
}

} // namespace

const QList<Dimension> &all()
{
    static const QList<Dimension> dimensions = [] {
        QList<Dimension> list;
        for (const auto &entry : table()) {
            list.append(entry.dimension);
        }
        return list;
    }();
    return dimensions;
}

QString key(Dimension dimension)
{
    // Made once: the catalog loader asks for every dimension of every role.
    static const std::array<QString, 9> keys = [] {
        std::array<QString, 9> texts;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            texts[i] = QString::fromLatin1(table()[i].key);
        }
        return texts;
    }();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (table()[i].dimension == dimension) {
            return keys[i];
        }
    }
    return QString::fromLatin1(info(dimension).key);
}

std::optional<Dimension> fromKey(const QString &key)
{
    for (const auto &entry : table()) {
        if (key == QLatin1String(entry.key)) {
            return entry.dimension;
        }
    }
    return std::nullopt;
}

QString label(Dimension dimension)
{
    return QCoreApplication::translate("Dimension", info(dimension).label);
}

const QStringList &vocabulary(Dimension dimension)
{
    return info(dimension).vocabulary;
}

} // namespace rolelens::dimensions
