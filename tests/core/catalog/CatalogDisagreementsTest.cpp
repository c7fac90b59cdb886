#include "map/ReportingLines.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

// What the audit of the catalog against the five articles found missing: the questions the
// articles answer differently must show both answers, and the structural reporting lines,
// which say whether an article or general practice states them.
namespace rolelens {
namespace {

using testing::builtInCatalog;

const QString kManager = QStringLiteral("social-media-manager");
const QString kMarketer = QStringLiteral("social-media-marketer");
const QString kCommunityManager = QStringLiteral("community-manager");
const QString kStrategist = QStringLiteral("marketing-strategist");

const Disagreement *findDisagreement(const QString &id)
{
    for (const auto &disagreement : builtInCatalog().disagreements()) {
        if (disagreement.id == id) {
            return &disagreement;
        }
    }
    return nullptr;
}

QSet<QString> citedSources(const Disagreement::Position &position)
{
    QSet<QString> ids;
    for (const auto &citation : position.sources) {
        ids.insert(citation.sourceId);
    }
    return ids;
}

struct ExpectedDisagreement {
    const char *id;
    QStringList roles;
    QSet<QString> sideA; // the articles one position must cite
    QSet<QString> sideB; // the articles another position must cite
};

TEST(CatalogDisagreements, TheAuditedDisagreementsCiteBothSides)
{
    const QString s000 = QStringLiteral("article-influencers-vs-managers");
    const QString s001 = QStringLiteral("article-five-differences");
    const QString s002 = QStringLiteral("article-manager-vs-marketer");
    const QString s003 = QStringLiteral("article-smm-not-cm");
    const QString s004 = QStringLiteral("article-behind-the-scenes");
    const QList<ExpectedDisagreement> expected{
        // 000 and 004 give scheduling and publishing to the manager, 003 to the CM.
        {"who-schedules-and-publishes", {kManager, kCommunityManager}, {s000, s004}, {s003}},
        // 000 and 001 have the manager execute the strategy, 003 only plan it.
        {"smm-executes-or-plans", {kManager, kCommunityManager}, {s000, s001}, {s003}},
        // 003 has the manager evaluate ROI, 002 gives the focus on ROI to the marketer.
        {"roi-owner", {kManager, kMarketer}, {s003}, {s002}},
        // 000 measures the manager by website traffic, 002 has the marketer drive traffic.
        {"website-traffic-owner", {kManager, kMarketer}, {s000}, {s002}},
    };
    for (const auto &want : expected) {
        const Disagreement *disagreement = findDisagreement(QString::fromLatin1(want.id));
        ASSERT_NE(disagreement, nullptr) << want.id;
        EXPECT_FALSE(disagreement->topic.isEmpty()) << want.id;
        EXPECT_GE(disagreement->positions.size(), 2) << want.id;
        for (const auto &role : want.roles) {
            EXPECT_TRUE(disagreement->roleIds.contains(role)) << want.id << " " << qPrintable(role);
        }
        qsizetype sideA = -1;
        qsizetype sideB = -1;
        for (qsizetype i = 0; i < disagreement->positions.size(); ++i) {
            const auto &position = disagreement->positions.at(i);
            EXPECT_FALSE(position.view.isEmpty()) << want.id;
            const QSet<QString> cited = citedSources(position);
            if (sideA < 0 && cited.contains(want.sideA)) {
                sideA = i;
            } else if (sideB < 0 && cited.contains(want.sideB)) {
                sideB = i;
            }
        }
        EXPECT_GE(sideA, 0) << want.id << ": no position cites every article of the first side";
        EXPECT_GE(sideB, 0) << want.id << ": no other position cites the second side's articles";
        // Each side's position must quote its articles, not merely name them.
        for (const qsizetype index : {sideA, sideB}) {
            if (index < 0) {
                continue;
            }
            for (const auto &citation : disagreement->positions.at(index).sources) {
                EXPECT_FALSE(citation.quote.isEmpty())
                    << want.id << ": " << qPrintable(citation.sourceId) << " without a quote";
            }
        }
    }
}

// The disputed texts point the reader at the disagreement.
TEST(CatalogDisagreements, TheManagersDisputedWorkSaysSo)
{
    const Role *manager = builtInCatalog().role(kManager);
    ASSERT_NE(manager, nullptr);
    bool scheduling = false;
    for (const auto &item : manager->responsibilities) {
        if (item.id == QStringLiteral("content-scheduling")) {
            scheduling = true;
            EXPECT_TRUE(item.description.contains(QStringLiteral("Disputed")))
                << qPrintable(item.description);
        }
    }
    EXPECT_TRUE(scheduling);
    const DimensionValue &focus = manager->dimension(Dimension::Focus);
    EXPECT_TRUE(focus.text.contains(QStringLiteral("see the disagreement")))
        << qPrintable(focus.text);
    QSet<QString> focusSources;
    for (const auto &citation : focus.sources) {
        focusSources.insert(citation.sourceId);
    }
    EXPECT_TRUE(focusSources.contains(QStringLiteral("article-smm-not-cm")));
}

// A reporting line shows as a line of the map and in both profiles, so each says where it
// comes from: the one an article states cites the stating quote; one from general practice
// says so in its label and cites general practice, not an article.
TEST(CatalogDisagreements, ReportingLinesSayWhoStatesThem)
{
    const Citation above{QStringLiteral("article-smm-not-cm"),
                         QStringLiteral("If we speak in terms of hierarchy within the "
                                        "organization, the SMM is above the CM.")};
    const Citation guide{QStringLiteral("article-smm-not-cm"),
                         QStringLiteral("It is not that the Social is above the community, but it "
                                        "is the guide that indicates what the strategy to carry "
                                        "out and the one that responds to the results of it is.")};
    const Citation generalPractice{QStringLiteral("general-practice"), QString()};
    QSet<QString> seen;
    for (const auto &line : ReportingLines::all(builtInCatalog())) {
        const QString pair = line.supervisorId + QStringLiteral(" > ") + line.supervisedId;
        seen.insert(pair);
        ASSERT_FALSE(line.statements.isEmpty()) << qPrintable(pair) << " is not described";
        for (const auto &statement : line.statements) {
            EXPECT_FALSE(statement.label.isEmpty()) << qPrintable(pair);
            if (line.supervisorId == kManager && line.supervisedId == kCommunityManager) {
                EXPECT_TRUE(statement.sources.contains(above)) << qPrintable(pair);
                // The article's own hedge goes with the line.
                EXPECT_TRUE(statement.sources.contains(guide)) << qPrintable(pair);
                EXPECT_FALSE(statement.condition.isEmpty());
            } else {
                EXPECT_EQ(statement.sources, Citations{generalPractice}) << qPrintable(pair);
                EXPECT_TRUE(statement.label.contains(QStringLiteral("general practice")))
                    << qPrintable(statement.label);
            }
        }
    }
    // No line for whom the manager reports to: its hierarchy text says the articles do not
    // say, and names the marketing lead or the owner from general practice, not a catalog role.
    const QSet<QString> expected{kManager + QStringLiteral(" > ") + kCommunityManager,
                                 kStrategist + QStringLiteral(" > ") + kMarketer};
    EXPECT_EQ(seen, expected);

    // The general-practice reporting lines the texts give are labelled as such there too.
    for (const QString &id : {kManager, kMarketer, kStrategist}) {
        const Role *role = builtInCatalog().role(id);
        ASSERT_NE(role, nullptr);
        EXPECT_TRUE(role->dimension(Dimension::Hierarchy).sources.contains(generalPractice))
            << qPrintable(id);
    }
}

} // namespace
} // namespace rolelens
