#include "ui/compare/ComparisonTableModel.h"

#include "model/TagLabels.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using Kind = ComparisonTableModel::RowKind;

// The catalog's first `count` roles, whatever they are: the table's layout follows from the
// comparison, not from what the roles say.
Comparison firstRoles(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        ids.append(builtInCatalog().roles().at(i).id);
    }
    return Comparison::of(builtInCatalog(), ids).value();
}

QString bulleted(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("none")
                           : QStringLiteral("• ") + names.join(QStringLiteral("\n• "));
}

class ComparisonTableModelTest : public ::testing::Test {
protected:
    // The model shows what the comparison holds, row by row and column by column.
    void expectShows(const Comparison &comparison)
    {
        const Catalog &catalog = builtInCatalog();
        const int columns = static_cast<int>(comparison.roleIds.size());
        const int dimensionRows = static_cast<int>(comparison.rows.size());
        ASSERT_EQ(m_model.columnCount(), columns);
        // Shared and unique rows for responsibilities, skills and metrics.
        ASSERT_EQ(m_model.rowCount(), dimensionRows + 6);
        EXPECT_EQ(m_model.dimensionRowCount(), dimensionRows);
        for (int column = 0; column < columns; ++column) {
            EXPECT_EQ(m_model.headerData(column, Qt::Horizontal).toString(),
                      catalog.role(comparison.roleIds.at(column))->title);
        }
        // Sections outside the table have no header (and read nothing out of bounds).
        for (const auto orientation : {Qt::Horizontal, Qt::Vertical}) {
            EXPECT_FALSE(m_model.headerData(-1, orientation).isValid());
        }
        EXPECT_FALSE(m_model.headerData(columns, Qt::Horizontal).isValid());
        QStringList titles;
        for (const auto &id : comparison.roleIds) {
            titles.append(catalog.role(id)->title);
        }
        for (int row = 0; row < dimensionRows; ++row) {
            const ComparisonRow &expected = comparison.rows.at(row);
            EXPECT_EQ(m_model.rowKind(row), Kind::Dimension);
            EXPECT_EQ(m_model.headerData(row, Qt::Vertical).toString(),
                      dimensions::label(expected.dimension) + QStringLiteral("\n(") +
                          relations::described(expected.relation, expected.tags, titles) +
                          QLatin1Char(')'));
            EXPECT_EQ(m_model.headerData(row, Qt::Vertical, Qt::FontRole).value<QFont>().bold(),
                      expected.relation == Relation::Different);
            for (int column = 0; column < columns; ++column) {
                const QModelIndex cell = m_model.index(row, column);
                EXPECT_EQ(cell.data().toString(), expected.texts.at(column));
                EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(),
                          QStringLiteral("Tags: ") + tags::labels(expected.tags.at(column)));
                EXPECT_EQ(cell.data(ComparisonTableModel::RelationRole).toInt(),
                          static_cast<int>(expected.relation));
                // Differences are tinted, more strongly where nothing is shared.
                const QVariant tint = cell.data(Qt::BackgroundRole);
                if (expected.relation == Relation::Same) {
                    EXPECT_FALSE(tint.isValid());
                } else {
                    EXPECT_EQ(tint.value<QColor>().alpha(),
                              expected.relation == Relation::Different ? 60 : 28);
                }
            }
        }
        const Role &first = *catalog.role(comparison.roleIds.first());
        const auto expectItems = [&](int row, const SharedAndUnique &split, const char *items,
                                     const auto &namesIn) {
            EXPECT_EQ(m_model.rowKind(row), Kind::SharedItems);
            EXPECT_EQ(m_model.rowKind(row + 1), Kind::UniqueItems);
            EXPECT_EQ(m_model.headerData(row, Qt::Vertical).toString(),
                      QLatin1String(items) + QStringLiteral(" shared by all"));
            EXPECT_EQ(m_model.headerData(row + 1, Qt::Vertical).toString(),
                      QLatin1String(items) + QStringLiteral(" of this role only"));
            EXPECT_EQ(m_model.index(row, 0).data().toString(),
                      bulleted(namesIn(first, split.shared)));
            for (int column = 0; column < columns; ++column) {
                const QString &id = comparison.roleIds.at(column);
                if (column > 0) {
                    // The view spans the shared row across every column.
                    EXPECT_EQ(m_model.index(row, column).data().toString(), QString());
                }
                EXPECT_EQ(m_model.index(row + 1, column).data().toString(),
                          bulleted(namesIn(*catalog.role(id), split.unique.value(id))));
            }
        };
        expectItems(
            dimensionRows, comparison.responsibilities, "Responsibilities",
            [](const Role &role, const QStringList &ids) { return role.responsibilityNames(ids); });
        expectItems(dimensionRows + 2, comparison.skills, "Skills",
                    [](const Role &role, const QStringList &ids) { return role.skillNames(ids); });
        expectItems(dimensionRows + 4, comparison.metrics, "Metrics",
                    [&](const Role &, const QStringList &ids) { return catalog.metricNames(ids); });
        EXPECT_FALSE(m_model.headerData(m_model.rowCount(), Qt::Vertical).isValid());
        EXPECT_FALSE(m_model.headerData(columns, Qt::Horizontal).isValid());
    }

    ComparisonTableModel m_model;
    QAbstractItemModelTester m_tester{&m_model,
                                      QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ComparisonTableModelTest, IsEmptyUntilAComparisonIsSet)
{
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.columnCount(), 0);
    EXPECT_FALSE(m_model.headerData(0, Qt::Horizontal).isValid());
    EXPECT_FALSE(m_model.headerData(0, Qt::Vertical).isValid());
}

TEST_F(ComparisonTableModelTest, OneColumnPerRoleOneRowPerDimensionThenTheItems)
{
    const Comparison two = firstRoles(2);
    m_model.setComparison(&builtInCatalog(), two);
    expectShows(two);
    // Every cell reads from its top, so a tall cell starts where it is seen.
    EXPECT_EQ(m_model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
              Qt::AlignLeft | Qt::AlignTop);
}

TEST_F(ComparisonTableModelTest, EachNewComparisonAndClearingResetTheTable)
{
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    m_model.setComparison(&builtInCatalog(), firstRoles(2));
    const Comparison four = firstRoles(4);
    m_model.setComparison(&builtInCatalog(), four);
    EXPECT_EQ(resets.count(), 2);
    expectShows(four);

    m_model.clear();
    EXPECT_EQ(resets.count(), 3);
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.columnCount(), 0);
    EXPECT_FALSE(m_model.headerData(0, Qt::Horizontal).isValid());

    const Comparison three = firstRoles(3);
    m_model.setComparison(&builtInCatalog(), three);
    expectShows(three);
}

} // namespace
} // namespace rolelens
