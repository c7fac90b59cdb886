#include "ui/browse/RoleListModel.h"

#include "support/BuiltInCatalog.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

// The minimal catalog with aliases for the boss only, so both tool tips can be seen.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        QJsonObject json = testing::withBossField(
            QStringLiteral("aliases"), QJsonArray{QStringLiteral("B1"), QStringLiteral("Chief")});
        return testing::load(json).value();
    }();
    return catalog;
}

TEST(RoleListModel, ReadsTheCatalogAndFindsRowsById)
{
    const Catalog &catalog = builtInCatalog();
    RoleListModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), catalog.roles().size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Role &role = catalog.roles().at(row);
        EXPECT_EQ(model.indexOf(role.id).row(), row);
        EXPECT_EQ(model.index(row).data().toString(), role.title);
        EXPECT_EQ(model.index(row).data(Qt::AccessibleTextRole).toString(), role.title);
        EXPECT_EQ(model.index(row).data(RoleListModel::IdRole).toString(), role.id);
        EXPECT_EQ(model.index(row).data(RoleListModel::CategoryRole).toString(), role.category);
    }
    EXPECT_FALSE(model.indexOf(QStringLiteral("no-such-role")).isValid());
}

TEST(RoleListModel, FindsRolesById)
{
    RoleListModel model(fixture());
    const QModelIndex index = model.indexOf(QStringLiteral("worker"));
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.row(), 1);
    EXPECT_EQ(index.data().toString(), QStringLiteral("Role worker"));
    EXPECT_FALSE(model.indexOf(QStringLiteral("nobody")).isValid());
}

TEST(RoleListModel, ToolTipNamesTheAliasesBeforeTheSummary)
{
    RoleListModel model(fixture());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Also called: B1, Chief\n\nA role for tests."));
    // Without aliases the summary alone.
    EXPECT_EQ(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("A role for tests."));
    // Roles the model does not answer for give nothing, not the title.
    EXPECT_FALSE(model.index(0).data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(model.data(QModelIndex(), Qt::DisplayRole).isValid());
}

TEST(RoleListModel, NamesItsRolesForViewsThatAskByName)
{
    RoleListModel model(fixture());
    const QHash<int, QByteArray> names = model.roleNames();
    EXPECT_EQ(names.value(RoleListModel::IdRole), QByteArrayLiteral("roleId"));
    EXPECT_EQ(names.value(RoleListModel::CategoryRole), QByteArrayLiteral("category"));
    EXPECT_EQ(names.value(Qt::DisplayRole), QByteArrayLiteral("display"));
}

TEST(RoleListModel, AnEmptyCatalogIsAnEmptyList)
{
    const Catalog empty;
    RoleListModel model(empty);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.index(0).isValid());
    EXPECT_FALSE(model.indexOf(QStringLiteral("boss")).isValid());
}

TEST(RoleListModel, UsesTheSearchIndexItIsHandedAndBuildsOneOnlyOnce)
{
    const auto handed = std::make_shared<const SearchIndex>(SearchIndex::ofRoles(fixture()));
    const RoleListModel given(fixture(), handed);
    EXPECT_EQ(&given.searchIndex(), handed.get());

    const RoleListModel built(fixture());
    const SearchIndex &first = built.searchIndex();
    EXPECT_EQ(&built.searchIndex(), &first);
    EXPECT_EQ(first.size(), 2U);
    EXPECT_EQ(first.match(QStringLiteral("chief")), (std::vector<bool>{true, false}));
}

TEST(RoleListModel, ARankedOrderKeepsTheRolesViewsHoldAndFindsThemById)
{
    const Catalog &catalog = builtInCatalog();
    RoleListModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex second = model.index(1);
    const QString secondId = second.data(RoleListModel::IdRole).toString();
    std::vector<int> reversed;
    for (int position = static_cast<int>(catalog.roles().size()) - 1; position >= 0; --position) {
        reversed.push_back(position);
    }
    model.setOrder(reversed);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(0).data(RoleListModel::IdRole).toString(), catalog.roles().last().id);
    EXPECT_EQ(model.catalogRow(0), last);
    EXPECT_EQ(second.data(RoleListModel::IdRole).toString(), secondId);
    EXPECT_EQ(second.row(), last - 1);
    EXPECT_EQ(model.indexOf(secondId), QModelIndex(second));

    model.setOrder({}); // the catalog's order again
    EXPECT_EQ(second.row(), 1);
    EXPECT_EQ(model.indexOf(secondId).row(), 1);
    EXPECT_EQ(model.catalogRow(1), 1);
}

} // namespace
} // namespace rolelens
