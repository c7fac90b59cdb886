#include "ui/advisor/AssumptionTableModel.h"

#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <iterator>

namespace rolelens {
namespace {

using Column = AssumptionTableModel::Column;

// The boss's effect fades (a hold and a half-life), the worker's lasts, and the loner has no
// assumptions at all.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        QJsonObject json = testing::minimalCatalog();
        QJsonArray roles = json.value(QStringLiteral("roles")).toArray();
        const QJsonArray sources{
            QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}},
            QJsonObject{{QStringLiteral("source"), QStringLiteral("paper")},
                        {QStringLiteral("quote"), QStringLiteral("It fades.")}}};
        QJsonObject boss = roles.at(0).toObject();
        boss.insert(QStringLiteral("expectedResults"),
                    QJsonObject{{QStringLiteral("startDelayWeeks"), 2},
                                {QStringLiteral("rampWeeks"), 8},
                                {QStringLiteral("holdWeeks"), 4},
                                {QStringLiteral("decayHalfLifeWeeks"), 10},
                                {QStringLiteral("sources"), sources}});
        QJsonObject worker = roles.at(1).toObject();
        worker.insert(QStringLiteral("expectedResults"),
                      QJsonObject{{QStringLiteral("startDelayWeeks"), 0},
                                  {QStringLiteral("rampWeeks"), 12},
                                  {QStringLiteral("sources"), QJsonArray{sources.at(0)}}});
        roles = QJsonArray{boss, worker, testing::minimalRole(QStringLiteral("loner"))};
        json.insert(QStringLiteral("roles"), roles);
        return testing::load(json).value();
    }();
    return catalog;
}

const QStringList kAll{QStringLiteral("boss"), QStringLiteral("loner"), QStringLiteral("worker")};

class AssumptionTableModelTest : public ::testing::Test {
protected:
    QString text(int row, int column) const { return m_model.index(row, column).data().toString(); }
    bool bold(int row, int column) const
    {
        return m_model.index(row, column).data(Qt::FontRole).value<QFont>().bold();
    }
    bool edit(int row, int column, const QVariant &value)
    {
        return m_model.setData(m_model.index(row, column), value, Qt::EditRole);
    }

    AssumptionTableModel m_model;
    QAbstractItemModelTester m_tester{&m_model,
                                      QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(AssumptionTableModelTest, ListsTheRolesThatHaveAssumptionsWithTheirSources)
{
    QSignalSpy curves(&m_model, &AssumptionTableModel::curvesChanged);
    m_model.setRoles(&fixture(), kAll);
    EXPECT_EQ(curves.count(), 1);
    ASSERT_EQ(m_model.rowCount(), 2);
    ASSERT_EQ(m_model.columnCount(), Column::ColumnCount);
    EXPECT_EQ(text(0, Column::RoleColumn), QStringLiteral("Role boss"));
    EXPECT_EQ(text(0, Column::StartColumn), QStringLiteral("2"));
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("8"));
    EXPECT_EQ(text(0, Column::HoldColumn), QStringLiteral("4"));
    EXPECT_EQ(text(0, Column::HalfLifeColumn), QStringLiteral("10"));
    EXPECT_EQ(text(0, Column::SourceColumn), QStringLiteral("General practice; A paper"));
    // Without decay the effect lasts, and a hold would mean nothing.
    EXPECT_EQ(text(1, Column::RoleColumn), QStringLiteral("Role worker"));
    EXPECT_EQ(text(1, Column::HoldColumn), QStringLiteral("–"));
    EXPECT_EQ(text(1, Column::HalfLifeColumn), QStringLiteral("lasts"));
    EXPECT_EQ(m_model.index(1, Column::HalfLifeColumn).data(Qt::EditRole).toString(), QString());
    EXPECT_EQ(m_model.index(0, Column::RampColumn).data(Qt::EditRole).toDouble(), 8.0);
    EXPECT_EQ(m_model.index(0, Column::RampColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("The catalog's value: an assumption, not a measurement"));
    EXPECT_FALSE(bold(0, Column::RampColumn));
    EXPECT_FALSE(m_model.isChanged());

    const auto list = m_model.curves();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).roleId, QStringLiteral("boss"));
    EXPECT_EQ(list.at(0).assumptions, *fixture().role(QStringLiteral("boss"))->expectedResults);
    EXPECT_EQ(list.at(1).roleId, QStringLiteral("worker"));
    EXPECT_EQ(m_model.headerData(Column::HalfLifeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Half-life (weeks)"));
    EXPECT_FALSE(m_model.headerData(0, Qt::Vertical).isValid());
}

TEST_F(AssumptionTableModelTest, OnlyTheWeeksAreEditable)
{
    m_model.setRoles(&fixture(), kAll);
    for (int column = 0; column < Column::ColumnCount; ++column) {
        const bool weeks = column >= Column::StartColumn && column <= Column::HalfLifeColumn;
        EXPECT_EQ(m_model.flags(m_model.index(0, column)).testFlag(Qt::ItemIsEditable), weeks)
            << column;
    }
    EXPECT_FALSE(edit(0, Column::RoleColumn, QStringLiteral("Chief")));
    EXPECT_FALSE(edit(0, Column::SourceColumn, QStringLiteral("Me")));
    EXPECT_FALSE(
        m_model.setData(m_model.index(0, Column::RampColumn), 5, Qt::DisplayRole)); // not an edit
    EXPECT_EQ(text(0, Column::RoleColumn), QStringLiteral("Role boss"));
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("8"));
}

TEST_F(AssumptionTableModelTest, AnEditIsMarkedAndRedrawsTheRowsWeeks)
{
    m_model.setRoles(&fixture(), kAll);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy curves(&m_model, &AssumptionTableModel::curvesChanged);
    ASSERT_TRUE(edit(0, Column::RampColumn, 12));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), m_model.index(0, Column::StartColumn));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex(), m_model.index(0, Column::HalfLifeColumn));
    EXPECT_EQ(curves.count(), 1);
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("12"));
    EXPECT_TRUE(bold(0, Column::RampColumn));
    EXPECT_FALSE(bold(0, Column::StartColumn));
    EXPECT_EQ(m_model.index(0, Column::RampColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed from the catalog's value (8)"));
    EXPECT_TRUE(m_model.isChanged());
    EXPECT_EQ(m_model.curves().at(0).assumptions.rampWeeks, 12.0);
    // Typed text counts as much as a number.
    ASSERT_TRUE(edit(1, Column::StartColumn, QStringLiteral("3.5")));
    EXPECT_EQ(m_model.curves().at(1).assumptions.startDelayWeeks, 3.5);
}

TEST_F(AssumptionTableModelTest, RejectsWeeksOutsideTheirRangeAndLeavesTheValue)
{
    m_model.setRoles(&fixture(), kAll);
    QSignalSpy curves(&m_model, &AssumptionTableModel::curvesChanged);
    EXPECT_FALSE(edit(0, Column::StartColumn, -1));
    EXPECT_FALSE(edit(0, Column::StartColumn, ResultCurve::kMaxWeeks + 1));
    EXPECT_FALSE(edit(0, Column::StartColumn, QStringLiteral("soon")));
    EXPECT_FALSE(edit(0, Column::RampColumn, 0));
    EXPECT_FALSE(edit(0, Column::HalfLifeColumn, 0));
    EXPECT_FALSE(edit(0, Column::RampColumn, QString()));
    // The worker's effect lasts: there is nothing to hold before.
    EXPECT_FALSE(edit(1, Column::HoldColumn, 4));
    EXPECT_EQ(curves.count(), 0);
    EXPECT_FALSE(m_model.isChanged());
    // The bounds themselves are allowed.
    EXPECT_TRUE(edit(0, Column::StartColumn, 0));
    EXPECT_TRUE(edit(0, Column::HalfLifeColumn, ResultCurve::kMaxWeeks));
    EXPECT_EQ(curves.count(), 2);
}

TEST_F(AssumptionTableModelTest, AnEmptyHalfLifeMakesTheEffectLast)
{
    m_model.setRoles(&fixture(), kAll);
    ASSERT_TRUE(edit(0, Column::HalfLifeColumn, QStringLiteral("  ")));
    EXPECT_EQ(text(0, Column::HalfLifeColumn), QStringLiteral("lasts"));
    EXPECT_EQ(text(0, Column::HoldColumn), QStringLiteral("–"));
    EXPECT_TRUE(bold(0, Column::HalfLifeColumn));
    EXPECT_TRUE(bold(0, Column::HoldColumn));
    EXPECT_EQ(m_model.index(0, Column::HalfLifeColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed from the catalog's value (10)"));
    EXPECT_FALSE(m_model.curves().at(0).assumptions.decayHalfLifeWeeks.has_value());
    // Decay again: the hold starts from nothing, not from the catalog's four weeks.
    ASSERT_TRUE(edit(0, Column::HalfLifeColumn, 10));
    EXPECT_EQ(text(0, Column::HoldColumn), QStringLiteral("0"));
    EXPECT_FALSE(bold(0, Column::HalfLifeColumn));
    EXPECT_TRUE(bold(0, Column::HoldColumn));
    // A worker given a half-life may then hold.
    ASSERT_TRUE(edit(1, Column::HalfLifeColumn, 6));
    EXPECT_TRUE(edit(1, Column::HoldColumn, 2));
    EXPECT_EQ(m_model.index(1, Column::HalfLifeColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed from the catalog's value (lasts)"));
}

TEST_F(AssumptionTableModelTest, RestoringTheCatalogUndoesEveryEdit)
{
    m_model.setRoles(&fixture(), kAll);
    ASSERT_TRUE(edit(0, Column::RampColumn, 20));
    ASSERT_TRUE(edit(1, Column::HalfLifeColumn, 5));
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy curves(&m_model, &AssumptionTableModel::curvesChanged);
    m_model.resetToCatalog();
    // The rows changed, not the table: a view keeps its current cell.
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(curves.count(), 1);
    EXPECT_FALSE(m_model.isChanged());
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("8"));
    EXPECT_EQ(text(1, Column::HalfLifeColumn), QStringLiteral("lasts"));
    EXPECT_FALSE(bold(0, Column::RampColumn));
}

TEST_F(AssumptionTableModelTest, EditsStayWithTheRolesThatStayCompared)
{
    m_model.setRoles(&fixture(), kAll);
    ASSERT_TRUE(edit(0, Column::RampColumn, 20));
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    m_model.setRoles(&fixture(), {QStringLiteral("worker"), QStringLiteral("boss")});
    EXPECT_EQ(resets.count(), 1);
    ASSERT_EQ(m_model.rowCount(), 2);
    // In the order given.
    EXPECT_EQ(text(0, Column::RoleColumn), QStringLiteral("Role worker"));
    EXPECT_EQ(text(1, Column::RampColumn), QStringLiteral("20"));
    EXPECT_TRUE(m_model.isChanged());

    // A role that leaves the comparison forgets its edits.
    m_model.setRoles(&fixture(), {QStringLiteral("worker")});
    m_model.setRoles(&fixture(), kAll);
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("8"));
    EXPECT_FALSE(m_model.isChanged());

    m_model.setRoles(&fixture(), {});
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_TRUE(m_model.curves().isEmpty());
}

TEST_F(AssumptionTableModelTest, ARefusedEditSaysWhyAtItsCell)
{
    m_model.setRoles(&fixture(), kAll);
    QSignalSpy refused(&m_model, &AssumptionTableModel::editRefused);
    const QString most = QString::number(ResultCurve::kMaxWeeks);
    const struct {
        int row;
        int column;
        QVariant value;
        QString reason;
    } refusals[] = {
        {0, Column::StartColumn, -1,
         QStringLiteral("The start delay must be 0 to %1 weeks.").arg(most)},
        {0, Column::StartColumn, QStringLiteral("soon"),
         QStringLiteral("The start delay must be 0 to %1 weeks.").arg(most)},
        {0, Column::RampColumn, 0,
         QStringLiteral("The ramp must be more than 0 weeks (at most %1).").arg(most)},
        {0, Column::HoldColumn, ResultCurve::kMaxWeeks + 1,
         QStringLiteral("The hold must be 0 to %1 weeks.").arg(most)},
        {0, Column::HalfLifeColumn, 0,
         QStringLiteral("The half-life must be more than 0 weeks (at most %1); leave it empty for "
                        "an effect that lasts.")
             .arg(most)},
        {1, Column::HoldColumn, 4,
         QStringLiteral("A hold only means something before the effect fades: give a half-life "
                        "first (without one the effect lasts).")},
    };
    for (const auto &refusal : refusals) {
        EXPECT_FALSE(edit(refusal.row, refusal.column, refusal.value));
        const QModelIndex cell = m_model.index(refusal.row, refusal.column);
        ASSERT_FALSE(refused.isEmpty());
        EXPECT_EQ(refused.last().at(0).toModelIndex(), cell);
        EXPECT_EQ(refused.last().at(1).toString(), refusal.reason);
        EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), refusal.reason);
        EXPECT_EQ(m_model.refusal(cell), refusal.reason);
    }
    EXPECT_EQ(refused.count(), static_cast<int>(std::size(refusals)));
    // The last refusal is explained, at its cell only.
    EXPECT_EQ(m_model.index(0, Column::RampColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("The catalog's value: an assumption, not a measurement"));
    EXPECT_FALSE(m_model.isChanged());
    // A value the cell takes ends the explanation.
    ASSERT_TRUE(edit(1, Column::HalfLifeColumn, 6));
    ASSERT_TRUE(edit(1, Column::HoldColumn, 2));
    EXPECT_TRUE(m_model.refusal(m_model.index(1, Column::HoldColumn)).isEmpty());
    EXPECT_EQ(m_model.index(1, Column::HoldColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed from the catalog's value (lasts)"));
}

TEST_F(AssumptionTableModelTest, AChangedValueIsMarkedOnItsCell)
{
    m_model.setRoles(&fixture(), kAll);
    EXPECT_FALSE(m_model.index(0, Column::RampColumn).data(Qt::BackgroundRole).isValid());
    ASSERT_TRUE(edit(0, Column::RampColumn, 9));
    const QVariant background = m_model.index(0, Column::RampColumn).data(Qt::BackgroundRole);
    ASSERT_TRUE(background.canConvert<QBrush>());
    EXPECT_NE(background.value<QBrush>().color(), QGuiApplication::palette().color(QPalette::Base));
    EXPECT_FALSE(m_model.index(0, Column::StartColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(m_model.index(1, Column::RampColumn).data(Qt::BackgroundRole).isValid());
}

TEST_F(AssumptionTableModelTest, WithAnUndoStackEveryChangeIsAStep)
{
    m_model.setRoles(&fixture(), kAll);
    QUndoStack stack;
    m_model.setUndoStack(&stack);
    const AssumptionTableModel::Values catalogValues = m_model.values();
    ASSERT_TRUE(edit(0, Column::RampColumn, 9));
    ASSERT_TRUE(edit(0, Column::RampColumn, 10)); // the same cell: one step
    ASSERT_TRUE(edit(1, Column::HalfLifeColumn, 6));
    // The same value again is no change.
    ASSERT_TRUE(edit(1, Column::HalfLifeColumn, 6));
    EXPECT_FALSE(edit(1, Column::RampColumn, 0)); // refused: nothing to undo
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(stack.undoText(), QStringLiteral("change the half-life of the role worker"));
    const AssumptionTableModel::Values edited = m_model.values();
    m_model.resetToCatalog();
    EXPECT_EQ(stack.count(), 3);
    EXPECT_FALSE(m_model.isChanged());
    m_model.resetToCatalog(); // nothing changed: no step
    EXPECT_EQ(stack.count(), 3);

    QSignalSpy curves(&m_model, &AssumptionTableModel::curvesChanged);
    stack.undo();
    EXPECT_EQ(m_model.values(), edited);
    stack.undo();
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("10"));
    EXPECT_EQ(text(1, Column::HalfLifeColumn), QStringLiteral("lasts"));
    stack.undo();
    EXPECT_EQ(m_model.values(), catalogValues);
    EXPECT_EQ(curves.count(), 3);
    stack.redo();
    EXPECT_EQ(text(0, Column::RampColumn), QStringLiteral("10"));
}

} // namespace
} // namespace rolelens
