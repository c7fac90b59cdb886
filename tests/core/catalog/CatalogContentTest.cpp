#include "support/BuiltInCatalog.h"
#include "support/CatalogCitations.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

const QString kManager = QStringLiteral("social-media-manager");
const QString kInfluencer = QStringLiteral("social-media-influencer");
const QString kMarketer = QStringLiteral("social-media-marketer");
const QString kCommunityManager = QStringLiteral("community-manager");

const Role &role(const QString &id)
{
    const Role *found = builtInCatalog().role(id);
    if (!found) {
        throw std::runtime_error("missing role " + id.toStdString());
    }
    return *found;
}

QStringList metricIds(const Role &role)
{
    QStringList ids;
    for (const auto &use : role.metrics) {
        ids.append(use.metricId);
    }
    return ids;
}

TEST(CatalogContent, BuiltInCatalogLoadsWithoutReplacingAnything)
{
    CatalogLoader loader;
    loader.addBuiltIn();
    const auto result = loader.finish();
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(loader.replacedEntries().isEmpty())
        << qPrintable(loader.replacedEntries().join(QLatin1Char(',')));
}

TEST(CatalogContent, HasTheRequiredRolesAndMetrics)
{
    for (const char *id : {"social-media-manager", "social-media-influencer",
                           "social-media-marketer", "community-manager", "website-manager",
                           "marketing-strategist", "public-relations-specialist",
                           "customer-service-specialist", "administrative-assistant"}) {
        EXPECT_NE(builtInCatalog().role(QString::fromLatin1(id)), nullptr) << id;
    }
    for (const char *id :
         {"follower-count", "audience-growth", "engagement-rate", "reach", "impressions",
          "website-traffic", "conversion-rate", "lead-generation", "sales-revenue",
          "brand-awareness", "community-sentiment", "click-through-rate", "return-on-ad-spend",
          "return-on-investment", "response-time"}) {
        const Metric *metric = builtInCatalog().metric(QString::fromLatin1(id));
        ASSERT_NE(metric, nullptr) << id;
        EXPECT_GT(metric->definition.size(), 30) << id;
        EXPECT_FALSE(metric->formula.isEmpty()) << id;
        EXPECT_FALSE(metric->unit.isEmpty()) << id;
    }
    EXPECT_FALSE(builtInCatalog().metric(QStringLiteral("response-time"))->higherIsBetter);
}

TEST(CatalogContent, EveryRoleFillsEveryDimensionAndCitesSources)
{
    for (const auto &candidate : builtInCatalog().roles()) {
        for (const auto dimension : dimensions::all()) {
            const DimensionValue &value = candidate.dimension(dimension);
            EXPECT_GT(value.text.size(), 20)
                << qPrintable(candidate.id) << " " << qPrintable(dimensions::key(dimension));
            EXPECT_FALSE(value.tags.isEmpty()) << qPrintable(candidate.id);
            EXPECT_FALSE(value.sources.isEmpty()) << qPrintable(candidate.id);
        }
        EXPECT_FALSE(candidate.citedSourceIds().isEmpty()) << qPrintable(candidate.id);
        EXPECT_FALSE(candidate.responsibilities.isEmpty()) << qPrintable(candidate.id);
        EXPECT_FALSE(candidate.skills.isEmpty()) << qPrintable(candidate.id);
        EXPECT_FALSE(candidate.metrics.isEmpty()) << qPrintable(candidate.id);
    }
}

TEST(CatalogContent, EveryReferenceResolves)
{
    const Catalog &catalog = builtInCatalog();
    for (const auto &candidate : catalog.roles()) {
        for (const auto &use : candidate.metrics) {
            EXPECT_NE(catalog.metric(use.metricId), nullptr) << qPrintable(use.metricId);
        }
        for (const auto &item : candidate.notResponsibleFor) {
            EXPECT_NE(catalog.role(item.handledBy), nullptr) << qPrintable(item.handledBy);
        }
        for (const auto &id : RoleLink::idsOf(candidate.reportsTo + candidate.supervises)) {
            EXPECT_NE(catalog.role(id), nullptr) << qPrintable(id);
        }
        for (const auto &id : candidate.citedSourceIds()) {
            EXPECT_NE(catalog.source(id), nullptr) << qPrintable(id);
        }
    }
}

// Every quote must be the article's own words: compared with the stored copy of each article,
// ignoring only differences of whitespace.
TEST(CatalogContent, EveryQuoteIsVerbatimFromItsArticle)
{
    // Unicode-aware: the articles contain non-breaking spaces.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const auto normalised = [](QString text) {
        return text.replace(whitespace, QStringLiteral(" ")).trimmed();
    };
    QHash<QString, QString> articles;
    const QDir seeds(QStringLiteral(ROLELENS_TEST_DATA "/seeds"));
    for (const auto &source : builtInCatalog().sources()) {
        if (source.kind != Source::Kind::Article) {
            continue;
        }
        QFile file(seeds.filePath(source.id + QStringLiteral(".txt")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
        articles.insert(source.id, normalised(QString::fromUtf8(file.readAll())));
    }
    ASSERT_EQ(articles.size(), 5);

    int checked = 0;
    const auto check = [&](const Citations &citations, const QString &where) {
        for (const auto &citation : citations) {
            if (!articles.contains(citation.sourceId)) {
                EXPECT_TRUE(citation.quote.isEmpty()) << qPrintable(where);
                continue;
            }
            ++checked;
            EXPECT_TRUE(articles.value(citation.sourceId).contains(normalised(citation.quote)))
                << qPrintable(where) << ": " << qPrintable(citation.quote);
        }
    };
    testing::forEachCitations(builtInCatalog(), check);
    EXPECT_GT(checked, 150);
}

// docs/catalog-format.md: the weight follows from how many articles name the metric.
TEST(CatalogContent, WeightsFollowTheDocumentedRule)
{
    for (const auto &candidate : builtInCatalog().roles()) {
        for (const auto &use : candidate.metrics) {
            QSet<QString> articles;
            for (const auto &citation : use.basis) {
                if (builtInCatalog().source(citation.sourceId)->kind == Source::Kind::Article) {
                    articles.insert(citation.sourceId);
                }
            }
            const bool primary = use.emphasis == MetricUse::Emphasis::Primary;
            int expected = primary ? 2 : 1;
            if (articles.size() >= 3) {
                expected = 5;
            } else if (articles.size() == 2) {
                expected = 4;
            } else if (articles.size() == 1) {
                expected = primary ? 3 : 2;
            }
            EXPECT_EQ(use.weight, expected)
                << qPrintable(candidate.id) << " " << qPrintable(use.metricId);
        }
    }
}

TEST(CatalogContent, MarketerIsJudgedByConversionClickThroughAndAdReturn)
{
    const QStringList metrics = metricIds(role(kMarketer));
    for (const char *id : {"conversion-rate", "click-through-rate", "return-on-ad-spend"}) {
        EXPECT_TRUE(metrics.contains(QString::fromLatin1(id))) << id;
        EXPECT_EQ(role(kMarketer).metricUse(QString::fromLatin1(id))->emphasis,
                  MetricUse::Emphasis::Primary);
    }
    EXPECT_FALSE(metricIds(role(kManager)).contains(QStringLiteral("return-on-ad-spend")));
}

TEST(CatalogContent, CommunityManagerReportsToTheSocialMediaManager)
{
    EXPECT_TRUE(RoleLink::names(role(kCommunityManager).reportsTo, kManager));
    EXPECT_TRUE(RoleLink::names(role(kManager).supervises, kCommunityManager));
    EXPECT_TRUE(role(kManager)
                    .dimension(Dimension::DecisionLevel)
                    .tags.contains(QStringLiteral("strategic")));
    EXPECT_EQ(role(kCommunityManager).dimension(Dimension::DecisionLevel).tags,
              QStringList{QStringLiteral("tactical")});
    EXPECT_TRUE(role(kCommunityManager)
                    .dimension(Dimension::AudienceEngagement)
                    .tags.contains(QStringLiteral("two-way")));
}

TEST(CatalogContent, TheFiveDifferencesBetweenInfluencersAndManagers)
{
    const Role &influencer = role(kInfluencer);
    const Role &manager = role(kManager);
    // 1. role and purpose
    EXPECT_TRUE(influencer.dimension(Dimension::Purpose)
                    .tags.contains(QStringLiteral("audience-influence")));
    EXPECT_TRUE(
        manager.dimension(Dimension::Purpose).tags.contains(QStringLiteral("brand-presence")));
    // 2. content creation vs strategy execution
    EXPECT_EQ(influencer.dimension(Dimension::Focus).tags,
              QStringList{QStringLiteral("content-creation")});
    EXPECT_TRUE(manager.dimension(Dimension::Focus).tags.contains(QStringLiteral("strategy")));
    // 3. ownership and employment
    EXPECT_TRUE(
        influencer.dimension(Dimension::Employment).tags.contains(QStringLiteral("self-employed")));
    EXPECT_FALSE(
        manager.dimension(Dimension::Employment).tags.contains(QStringLiteral("self-employed")));
    // 4. audience engagement
    EXPECT_TRUE(influencer.dimension(Dimension::AudienceEngagement)
                    .tags.contains(QStringLiteral("personal-connection")));
    EXPECT_FALSE(manager.dimension(Dimension::AudienceEngagement)
                     .tags.contains(QStringLiteral("personal-connection")));
    // 5. monetisation
    EXPECT_TRUE(influencer.dimension(Dimension::Monetization)
                    .tags.contains(QStringLiteral("brand-partnerships")));
    EXPECT_TRUE(manager.dimension(Dimension::Monetization).tags.contains(QStringLiteral("salary")));
    // and the time horizon the first article stresses
    EXPECT_TRUE(
        influencer.dimension(Dimension::TimeHorizon).tags.contains(QStringLiteral("immediate")));
    EXPECT_EQ(manager.dimension(Dimension::TimeHorizon).tags,
              QStringList{QStringLiteral("long-term")});
    // influencers are judged by follower count more than managers are
    EXPECT_GT(influencer.metricUse(QStringLiteral("follower-count"))->weight,
              manager.metricUse(QStringLiteral("follower-count"))->weight);
    EXPECT_EQ(manager.metricUse(QStringLiteral("follower-count"))->emphasis,
              MetricUse::Emphasis::Secondary);
}

TEST(CatalogContent, WhatASocialMediaManagerIsNot)
{
    QStringList handledBy;
    for (const auto &item : role(kManager).notResponsibleFor) {
        handledBy.append(item.handledBy);
    }
    for (const char *id : {"website-manager", "marketing-strategist", "public-relations-specialist",
                           "customer-service-specialist", "administrative-assistant"}) {
        EXPECT_TRUE(handledBy.contains(QString::fromLatin1(id))) << id;
    }
}

TEST(CatalogContent, DisagreementsBetweenArticlesAreKept)
{
    const auto find = [](const QString &id) -> const Disagreement * {
        for (const auto &disagreement : builtInCatalog().disagreements()) {
            if (disagreement.id == id) {
                return &disagreement;
            }
        }
        return nullptr;
    };
    for (const char *id : {"smm-engages-community-directly", "crisis-management-owner"}) {
        const Disagreement *disagreement = find(QString::fromLatin1(id));
        ASSERT_NE(disagreement, nullptr) << id;
        EXPECT_GE(disagreement->positions.size(), 2);
        QSet<QString> sources;
        for (const auto &position : disagreement->positions) {
            for (const auto &citation : position.sources) {
                sources.insert(citation.sourceId);
            }
        }
        EXPECT_GE(sources.size(), 2) << id << ": a disagreement needs two sources";
    }
    EXPECT_TRUE(find(QStringLiteral("crisis-management-owner"))
                    ->roleIds.contains(QStringLiteral("public-relations-specialist")));
}

TEST(CatalogContent, GeneralPracticeIsLabelledNotAttributed)
{
    const Source *general = builtInCatalog().source(QStringLiteral("general-practice"));
    ASSERT_NE(general, nullptr);
    EXPECT_EQ(general->kind, Source::Kind::GeneralPractice);
    // The community manager's metrics are not in any article: they must say so.
    for (const auto &use : role(kCommunityManager).metrics) {
        const Citations generalPractice{Citation{QStringLiteral("general-practice"), QString()}};
        EXPECT_EQ(use.basis, generalPractice);
    }
}

} // namespace
} // namespace rolelens

namespace rolelens {
namespace {

TEST(CatalogContent, EveryRoleHasLabelledResultAssumptions)
{
    for (const auto &candidate : testing::builtInCatalog().roles()) {
        ASSERT_TRUE(candidate.expectedResults.has_value()) << qPrintable(candidate.id);
        bool labelled = false;
        for (const auto &citation : candidate.expectedResults->sources) {
            labelled = labelled || citation.sourceId == QStringLiteral("illustrative");
        }
        EXPECT_TRUE(labelled) << qPrintable(candidate.id)
                              << ": assumptions must say they are illustrative";
    }
}

TEST(CatalogContent, InfluencerVisibilityIsImmediateButFadesWhileManagerWorkCompounds)
{
    const ResultCurve &influencer = *role(kInfluencer).expectedResults;
    const ResultCurve &manager = *role(kManager).expectedResults;
    EXPECT_GT(influencer.valueAt(2), manager.valueAt(2));
    EXPECT_LT(influencer.valueAt(52), manager.valueAt(52));
    EXPECT_DOUBLE_EQ(manager.valueAt(104), 1.0);
}

} // namespace
} // namespace rolelens
