#include "ui/advisor/CheckListModel.h"

#include "support/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using Choice = CheckListModel::Choice;

const QList<Choice> kGoals{
    {QStringLiteral("reach"), QStringLiteral("Reach"), QStringLiteral("How many see it"), false},
    {QStringLiteral("sales"), QStringLiteral("Sales"), QString(), true},
    {QStringLiteral("press"), QStringLiteral("Press coverage"), QString(), false},
};

class CheckListModelTest : public ::testing::Test {
protected:
    QModelIndex row(int at) const { return m_model.index(at); }
    // As a view sets it: the new state as a plain number.
    bool click(int at, Qt::CheckState state)
    {
        return m_model.setData(row(at), static_cast<int>(state), Qt::CheckStateRole);
    }

    CheckListModel m_model;
    QAbstractItemModelTester m_tester{&m_model,
                                      QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CheckListModelTest, AddsEachBatchOfChoicesInOneInsertion)
{
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.addChoices(kGoals);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 2);
    ASSERT_EQ(m_model.rowCount(), 3);

    m_model.addChoices({{QStringLiteral("admin"), QStringLiteral("Admin"), QString(), false}});
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 3);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 3);
    EXPECT_EQ(m_model.rowOf(QStringLiteral("admin")), 3);
    EXPECT_EQ(row(3).data().toString(), QStringLiteral("Admin"));

    // Nothing to add, nothing to tell the view.
    m_model.addChoices({});
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(m_model.rowCount(), 4);
}

TEST_F(CheckListModelTest, ShowsEachChoiceWithItsStateAndId)
{
    m_model.addChoices(kGoals);
    EXPECT_EQ(row(0).data().toString(), QStringLiteral("Reach"));
    EXPECT_EQ(row(0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Reach"));
    EXPECT_EQ(row(0).data(Qt::ToolTipRole).toString(), QStringLiteral("How many see it"));
    // No empty tool tip pops up.
    EXPECT_FALSE(row(1).data(Qt::ToolTipRole).isValid());
    EXPECT_EQ(row(1).data(CheckListModel::IdRole).toString(), QStringLiteral("sales"));
    EXPECT_EQ(row(0).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(row(1).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_FALSE(m_model.isChecked(0));
    EXPECT_TRUE(m_model.isChecked(1));
    EXPECT_EQ(m_model.rowOf(QStringLiteral("press")), 2);
    EXPECT_EQ(m_model.rowOf(QStringLiteral("unknown")), -1);
    EXPECT_EQ(m_model.flags(row(0)), Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    EXPECT_EQ(m_model.flags(QModelIndex()), Qt::NoItemFlags);
}

TEST_F(CheckListModelTest, ACheckFromTheViewTellsTheOwnerOnce)
{
    m_model.addChoices(kGoals);
    QSignalSpy toggled(&m_model, &CheckListModel::toggled);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(click(2, Qt::Checked));
    ASSERT_EQ(toggled.count(), 1);
    EXPECT_EQ(toggled.at(0).at(0).toString(), QStringLiteral("press"));
    EXPECT_TRUE(toggled.at(0).at(1).toBool());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), row(2));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex(), row(2));
    EXPECT_EQ(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::CheckStateRole});
    EXPECT_TRUE(m_model.isChecked(2));

    // The same state again changes nothing.
    EXPECT_TRUE(click(2, Qt::Checked));
    EXPECT_EQ(toggled.count(), 1);
    EXPECT_EQ(changed.count(), 1);

    ASSERT_TRUE(click(1, Qt::Unchecked));
    ASSERT_EQ(toggled.count(), 2);
    EXPECT_EQ(toggled.at(1).at(0).toString(), QStringLiteral("sales"));
    EXPECT_FALSE(toggled.at(1).at(1).toBool());
    EXPECT_EQ(row(1).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

TEST_F(CheckListModelTest, OnlyTheCheckStateCanBeSet)
{
    m_model.addChoices(kGoals);
    QSignalSpy toggled(&m_model, &CheckListModel::toggled);
    EXPECT_FALSE(m_model.setData(row(0), QStringLiteral("Renamed"), Qt::EditRole));
    EXPECT_FALSE(m_model.setData(QModelIndex(), static_cast<int>(Qt::Checked), Qt::CheckStateRole));
    EXPECT_EQ(row(0).data().toString(), QStringLiteral("Reach"));
    EXPECT_EQ(toggled.count(), 0);
}

TEST_F(CheckListModelTest, SettingTheStateFromCodeDoesNotTellTheOwner)
{
    m_model.addChoices(kGoals);
    QSignalSpy toggled(&m_model, &CheckListModel::toggled);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setChecked(0, true);
    EXPECT_TRUE(m_model.isChecked(0));
    EXPECT_EQ(changed.count(), 1);
    m_model.setChecked(0, true);
    m_model.setChecked(-1, true);
    m_model.setChecked(3, true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(toggled.count(), 0);
    EXPECT_FALSE(m_model.isChecked(-1));
    EXPECT_FALSE(m_model.isChecked(3));
}

} // namespace
} // namespace rolelens
