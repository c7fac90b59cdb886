#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

namespace rolelens {
namespace {

using testing::builtInCatalog;

// How many distinct articles name the metric for the role.
qsizetype articlesNaming(const MetricUse &use)
{
    QSet<QString> articles;
    for (const auto &citation : use.basis) {
        if (builtInCatalog().source(citation.sourceId)->kind == Source::Kind::Article) {
            articles.insert(citation.sourceId);
        }
    }
    return articles.size();
}

// An article says the role is judged primarily by this metric.
bool calledPrimary(const MetricUse &use)
{
    return std::any_of(use.basis.cbegin(), use.basis.cend(), [](const Citation &citation) {
        return citation.quote.contains(QStringLiteral("primarily"), Qt::CaseInsensitive);
    });
}

// docs/catalog-format.md: primary means what the role is mainly judged by, so few are.
TEST(CatalogPrimaryMetrics, AreFewAndTheMostEvidenced)
{
    for (const auto &role : builtInCatalog().roles()) {
        qsizetype most = 0;
        for (const auto &use : role.metrics) {
            most = std::max(most, articlesNaming(use));
        }
        qsizetype primaries = 0;
        for (const auto &use : role.metrics) {
            if (use.emphasis != MetricUse::Emphasis::Primary) {
                continue;
            }
            ++primaries;
            EXPECT_TRUE(articlesNaming(use) == most || calledPrimary(use))
                << qPrintable(role.id) << " " << qPrintable(use.metricId)
                << ": primary, but other metrics of the role are named by more articles";
        }
        EXPECT_GE(primaries, 1) << qPrintable(role.id);
        EXPECT_LE(primaries, 3) << qPrintable(role.id);
        // A metric the articles name most for the role is primary unless three already are.
        if (primaries < 3 && most > 0) {
            for (const auto &use : role.metrics) {
                EXPECT_FALSE(articlesNaming(use) == most &&
                             use.emphasis != MetricUse::Emphasis::Primary)
                    << qPrintable(role.id) << " " << qPrintable(use.metricId);
            }
        }
    }
}

// The manager's articles name many measures; two articles each back only engagement,
// conversions and brand awareness, and those are what it is mainly judged by.
TEST(CatalogPrimaryMetrics, ManagerIsMainlyJudgedByEngagementConversionsAndAwareness)
{
    const Role &manager = *builtInCatalog().role(QStringLiteral("social-media-manager"));
    QStringList primary;
    for (const auto &use : manager.metrics) {
        if (use.emphasis == MetricUse::Emphasis::Primary) {
            primary.append(use.metricId);
        }
    }
    primary.sort();
    EXPECT_EQ(primary,
              (QStringList{QStringLiteral("brand-awareness"), QStringLiteral("conversion-rate"),
                           QStringLiteral("engagement-rate")}));
    // 000: "Influencers are judged primarily by their follower counts and engagement levels."
    const Role &influencer = *builtInCatalog().role(QStringLiteral("social-media-influencer"));
    EXPECT_EQ(influencer.metricUse(QStringLiteral("follower-count"))->emphasis,
              MetricUse::Emphasis::Primary);
    EXPECT_EQ(influencer.metricUse(QStringLiteral("reach"))->emphasis,
              MetricUse::Emphasis::Secondary);
}

} // namespace
} // namespace rolelens
