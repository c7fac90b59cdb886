#include "ui/browse/RoleFilterProxyModel.h"

#include "catalog/CatalogLoader.h"
#include "support/CatalogGenerator.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"
#include "ui/browse/RoleListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

const Catalog &catalog()
{
    static const Catalog loaded = [] {
        CatalogLoader loader;
        loader.addBuiltIn();
        return loader.finish().value();
    }();
    return loaded;
}

class RoleFilterProxyModelTest : public ::testing::Test {
protected:
    RoleFilterProxyModelTest() : m_model(catalog()) { m_proxy.setSourceModel(&m_model); }

    QStringList visibleIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy.rowCount(); ++row) {
            ids.append(m_proxy.index(row, 0).data(RoleListModel::IdRole).toString());
        }
        return ids;
    }

    RoleListModel m_model;
    RoleFilterProxyModel m_proxy;
    QAbstractItemModelTester m_modelTester{&m_model,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester m_proxyTester{&m_proxy,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(RoleFilterProxyModelTest, ListsEveryRoleWithoutAQuery)
{
    EXPECT_EQ(m_proxy.rowCount(), catalog().roles().size());
    EXPECT_EQ(m_proxy.index(0, 0).data().toString(), QStringLiteral("Social media manager"));
    EXPECT_TRUE(
        m_proxy.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("SMM")));
}

TEST_F(RoleFilterProxyModelTest, TypingFiltersByTitleAliasAndMetricName)
{
    m_proxy.setQuery(QStringLiteral("infl"));
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("social-media-influencer")));
    EXPECT_FALSE(visibleIds().contains(QStringLiteral("administrative-assistant")));

    m_proxy.setQuery(QStringLiteral("CM"));
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("community-manager")));

    // The abbreviation names one metric only the marketer is judged by: it comes first, before
    // roles that only hold the words it stands for ("return on ad spend").
    m_proxy.setQuery(QStringLiteral("roas"));
    EXPECT_EQ(visibleIds().value(0), QStringLiteral("social-media-marketer"));

    m_proxy.setQuery(QStringLiteral("press releases"));
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("public-relations-specialist")));
    EXPECT_FALSE(visibleIds().contains(QStringLiteral("social-media-influencer")));

    m_proxy.setQuery(QStringLiteral("zzzz-nothing"));
    EXPECT_EQ(m_proxy.rowCount(), 0);

    m_proxy.setQuery(QString());
    EXPECT_EQ(m_proxy.rowCount(), catalog().roles().size());
}

TEST_F(RoleFilterProxyModelTest, ExcludedRolesStayHiddenWhateverTheQuery)
{
    const QStringList chosen{QStringLiteral("social-media-manager"),
                             QStringLiteral("community-manager")};
    m_proxy.setExcludedIds(chosen);
    EXPECT_EQ(m_proxy.rowCount(), catalog().roles().size() - 2);
    for (const QString &id : chosen) {
        EXPECT_FALSE(visibleIds().contains(id)) << qPrintable(id);
    }
    m_proxy.setQuery(QStringLiteral("manager"));
    EXPECT_FALSE(visibleIds().contains(QStringLiteral("community-manager")));
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("website-manager")));
    m_proxy.setQuery(QString());
    m_proxy.setExcludedIds({});
    EXPECT_EQ(m_proxy.rowCount(), catalog().roles().size());
}

TEST_F(RoleFilterProxyModelTest, CategoryAndQueryCombine)
{
    m_proxy.setCategory(QStringLiteral("Social media"));
    EXPECT_EQ(m_proxy.rowCount(), 4);
    m_proxy.setQuery(QStringLiteral("budget"));
    for (const auto &id : visibleIds()) {
        EXPECT_EQ(catalog().role(id)->category, QStringLiteral("Social media"));
    }
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("social-media-manager")));
}

TEST_F(RoleFilterProxyModelTest, AnotherSourceIsFilteredByTheQueryInForce)
{
    const Catalog other = testing::load(testing::minimalCatalog()).value();
    RoleListModel otherModel(other);
    m_proxy.setQuery(QStringLiteral("boss"));
    m_proxy.setSourceModel(&otherModel);
    EXPECT_EQ(visibleIds(), QStringList{QStringLiteral("boss")});

    m_proxy.setSourceModel(&m_model);
    const std::vector<bool> matches = m_model.searchIndex().match(QStringLiteral("boss"));
    EXPECT_EQ(m_proxy.rowCount(), std::count(matches.cbegin(), matches.cend(), true));
    m_proxy.setQuery(QString());
    EXPECT_EQ(m_proxy.rowCount(), catalog().roles().size());
}

TEST_F(RoleFilterProxyModelTest, BestMatchesComeFirstAndTheCatalogOrderComesBack)
{
    // The roles named by the word before those that only mention it, in the catalog's order
    // among equals.
    m_proxy.setQuery(QStringLiteral("customer"));
    ASSERT_GT(m_proxy.rowCount(), 1);
    EXPECT_EQ(visibleIds().first(), QStringLiteral("customer-service-specialist"));
    m_proxy.setQuery(QStringLiteral("manager"));
    EXPECT_EQ(visibleIds().mid(0, 3), (QStringList{QStringLiteral("social-media-manager"),
                                                   QStringLiteral("community-manager"),
                                                   QStringLiteral("website-manager")}));
    // Narrowing keeps the ranking: the rows that stay are not reordered by accident.
    m_proxy.setQuery(QStringLiteral("manager website"));
    EXPECT_EQ(visibleIds().first(), QStringLiteral("website-manager"));
    m_proxy.setQuery(QStringLiteral("ads"));
    EXPECT_TRUE(visibleIds().contains(QStringLiteral("social-media-marketer")));

    m_proxy.setQuery(QString());
    QStringList catalogOrder;
    for (const auto &role : catalog().roles()) {
        catalogOrder.append(role.id);
    }
    EXPECT_EQ(visibleIds(), catalogOrder);
}

TEST_F(RoleFilterProxyModelTest, NoMatchGivesASuggestionOrPointsToOtherCategories)
{
    m_proxy.setQuery(QStringLiteral("infuencer"));
    EXPECT_EQ(m_proxy.rowCount(), 0);
    EXPECT_EQ(m_proxy.suggestion(), QStringLiteral("influencer"));
    EXPECT_FALSE(m_proxy.matchesOutsideCategory());

    m_proxy.setQuery(QStringLiteral("influencer"));
    m_proxy.setCategory(QStringLiteral("Web"));
    EXPECT_EQ(m_proxy.rowCount(), 0);
    EXPECT_TRUE(m_proxy.matchesOutsideCategory());
    m_proxy.setQuery(QString());
    EXPECT_EQ(m_proxy.suggestion(), QString());
}

// Built-in roles plus generated ones: enough that one keystroke hides more than a thousand.
const Catalog &largeCatalog()
{
    static const Catalog catalog =
        bench::loadWithBuiltIn(bench::generateCatalogFiles(1500, 11)).value();
    return catalog;
}

TEST(RoleFilterProxyModelLarge, ManyRowsChangingAtOnceAreOneLayoutChangeAFewAreRemovals)
{
    RoleListModel model(largeCatalog());
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto sourceRow = [&](const QModelIndex &index) {
        // The source ranks its rows while searching: its row is not the catalog position.
        return static_cast<std::size_t>(model.catalogRow(proxy.mapToSource(index).row()));
    };
    const auto shownMatch = [&](const QString &query) {
        const std::vector<bool> matches = model.searchIndex().match(query);
        std::vector<bool> shown(matches.size(), false);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            shown[sourceRow(proxy.index(row, 0))] = true;
        }
        return shown == matches;
    };
    // The first proxy row whose role does or does not match `query`.
    const auto firstWhere = [&](const QString &query, bool matching) {
        const std::vector<bool> matches = model.searchIndex().match(query);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (matches[sourceRow(proxy.index(row, 0))] == matching) {
                return QPersistentModelIndex(proxy.index(row, 0));
            }
        }
        return QPersistentModelIndex();
    };
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);

    // Generated titles end in a role noun: about one role in fifteen is a coordinator.
    const QPersistentModelIndex coordinator = firstWhere(QStringLiteral("coordinator"), true);
    ASSERT_TRUE(coordinator.isValid());
    const QString coordinatorId = coordinator.data(RoleListModel::IdRole).toString();
    proxy.setQuery(QStringLiteral("coordinator"));
    ASSERT_GT(model.rowCount() - proxy.rowCount(), 1000);
    EXPECT_TRUE(shownMatch(QStringLiteral("coordinator")));
    EXPECT_EQ(layouts.count(), 1); // filtered and ranked at once
    EXPECT_EQ(removals.count(), 0);
    EXPECT_EQ(coordinator.data(RoleListModel::IdRole).toString(), coordinatorId);

    // Numbered from 1: the coordinators whose number starts with 1 stay, a few dozen go.
    const QPersistentModelIndex kept = firstWhere(QStringLiteral("coordinator 1"), true);
    const QPersistentModelIndex dropped = firstWhere(QStringLiteral("coordinator 1"), false);
    ASSERT_TRUE(kept.isValid());
    ASSERT_TRUE(dropped.isValid());
    const QString keptId = kept.data(RoleListModel::IdRole).toString();
    layouts.clear();
    proxy.setQuery(QStringLiteral("coordinator 1"));
    EXPECT_TRUE(shownMatch(QStringLiteral("coordinator 1")));
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_GT(removals.count(), 0);
    EXPECT_EQ(kept.data(RoleListModel::IdRole).toString(), keptId);
    EXPECT_FALSE(dropped.isValid());

    removals.clear();
    proxy.setQuery(QString());
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
    EXPECT_EQ(layouts.count(), 1);
    EXPECT_EQ(removals.count(), 0);
    EXPECT_EQ(kept.data(RoleListModel::IdRole).toString(), keptId);
}
} // namespace
} // namespace rolelens
