#include "ui/browse/RoleFilterProxyModel.h"

#include "catalog/CatalogLoader.h"
#include "support/QtPrinters.h"
#include "ui/browse/RoleListModel.h"

#include <QAbstractItemModelTester>

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

    // Every word must appear; the abbreviation names one metric only the marketer is judged by.
    m_proxy.setQuery(QStringLiteral("roas"));
    EXPECT_EQ(visibleIds(), QStringList{QStringLiteral("social-media-marketer")});

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

TEST_F(RoleFilterProxyModelTest, ModelReadsTheCatalogAndFindsRowsById)
{
    ASSERT_EQ(m_model.rowCount(), catalog().roles().size());
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Role &role = catalog().roles().at(row);
        EXPECT_EQ(m_model.indexOf(role.id).row(), row);
        EXPECT_EQ(m_model.index(row).data().toString(), role.title);
        EXPECT_EQ(m_model.index(row).data(RoleListModel::CategoryRole).toString(), role.category);
    }
    EXPECT_FALSE(m_model.indexOf(QStringLiteral("no-such-role")).isValid());
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

TEST_F(RoleFilterProxyModelTest, FindsRolesById)
{
    const QModelIndex index = m_model.indexOf(QStringLiteral("community-manager"));
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.data().toString(), QStringLiteral("Community manager"));
    EXPECT_FALSE(m_model.indexOf(QStringLiteral("nobody")).isValid());
}

} // namespace
} // namespace rolelens
