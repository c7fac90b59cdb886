// Nothing changed by accident: the comparison's changes are undone from the Edit menu, Clear
// says how to bring the roles back, an assumption out of range says why it was refused, a
// changed one is marked, and Copy copies what is shown.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/AppPalette.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFont>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace rolelens {
namespace {

const QString kManager = QStringLiteral("social-media-manager");
const QString kInfluencer = QStringLiteral("social-media-influencer");
const QString kCommunity = QStringLiteral("community-manager");

class MainWindowUndoTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        m_window->showView(MainWindow::View::Compare);
        compare()->setRoles({kManager, kInfluencer, kCommunity});
        m_undo = action("actionUndo");
        m_redo = action("actionRedo");
        ASSERT_NE(m_undo, nullptr);
        ASSERT_NE(m_redo, nullptr);
    }

    CompareView *compare() const { return m_window->compareView(); }
    AssumptionTableModel *assumptions() const { return compare()->assumptionModel(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    int rowOf(const QString &roleId) const
    {
        for (int row = 0; row < assumptions()->rowCount(); ++row) {
            if (assumptions()->curves().at(row).roleId == roleId) {
                return row;
            }
        }
        return -1;
    }

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

TEST_F(MainWindowUndoTest, TheEditMenuHoldsUndoRedoAndCopy)
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuEdit"));
    ASSERT_NE(menu, nullptr);
    QStringList names;
    for (const QAction *item : menu->actions()) {
        names.append(item->isSeparator() ? QStringLiteral("-") : item->objectName());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("actionUndo"), QStringLiteral("actionRedo"),
                                  QStringLiteral("-"), QStringLiteral("actionCopy")}));
    EXPECT_EQ(m_undo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
    EXPECT_EQ(m_redo->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    EXPECT_EQ(action("actionCopy")->shortcut(), QKeySequence(QKeySequence::Copy));
    // Setting roles is no edit of the user's: nothing to undo yet.
    EXPECT_FALSE(m_undo->isEnabled());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo"));
    EXPECT_FALSE(m_redo->isEnabled());
}

TEST_F(MainWindowUndoTest, ClearingTheComparisonIsUndoneWithTheAssumptionsEdited)
{
    ASSERT_TRUE(assumptions()->setData(
        assumptions()->index(rowOf(kInfluencer), AssumptionTableModel::RampColumn), 3));
    const AssumptionTableModel::Values edited = assumptions()->values();

    auto *clear = compare()->findChild<QPushButton *>(QStringLiteral("clearComparisonButton"));
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_TRUE(compare()->roles().isEmpty());
    EXPECT_EQ(status(),
              QStringLiteral("Cleared the comparison; %1 brings it back.")
                  .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(m_undo->isEnabled());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo clear the comparison"));

    m_undo->trigger();
    EXPECT_EQ(compare()->roles(), (QStringList{kManager, kInfluencer, kCommunity}));
    // The influencer comes back with the owner's ramp, not the catalog's.
    EXPECT_EQ(assumptions()->values(), edited);
    EXPECT_TRUE(assumptions()->isChanged());
    EXPECT_EQ(m_redo->text(), QStringLiteral("&Redo clear the comparison"));

    m_redo->trigger();
    EXPECT_TRUE(compare()->roles().isEmpty());
    // The Roles menu's Clear is the same step.
    m_undo->trigger();
    action("actionClearComparison")->trigger();
    EXPECT_TRUE(compare()->roles().isEmpty());
    m_undo->trigger();
    EXPECT_EQ(compare()->roles().size(), 3);
}

TEST_F(MainWindowUndoTest, AddingAndRemovingRolesAreUndoneInTurn)
{
    // Removed with the role's chip.
    QToolButton *chip = nullptr;
    for (auto *button : compare()->findChildren<QToolButton *>()) {
        if (button->toolTip().contains(QStringLiteral("Community manager"))) {
            chip = button;
        }
    }
    ASSERT_NE(chip, nullptr);
    chip->click();
    EXPECT_EQ(compare()->roles(), (QStringList{kManager, kInfluencer}));
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo remove community manager from the comparison"));
    // Added from Browse, where its undo is at hand too.
    m_window->showView(MainWindow::View::Browse);
    m_window->browseView()->selectRole(QStringLiteral("website-manager"));
    action("actionAddToComparison")->trigger();
    EXPECT_EQ(compare()->roles().size(), 3);
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo add website manager to the comparison"));
    m_undo->trigger();
    EXPECT_EQ(compare()->roles(), (QStringList{kManager, kInfluencer}));
    m_undo->trigger();
    EXPECT_EQ(compare()->roles(), (QStringList{kManager, kInfluencer, kCommunity}));
    EXPECT_FALSE(m_undo->isEnabled());
}

TEST_F(MainWindowUndoTest, AnAssumptionOutOfRangeSaysWhyAtItsCell)
{
    auto *table = compare()->findChild<QTableView *>(QStringLiteral("assumptionTable"));
    ASSERT_NE(table, nullptr);
    compare()->showTab(CompareView::Tab::Results);
    const QModelIndex ramp =
        assumptions()->index(rowOf(kManager), AssumptionTableModel::RampColumn);
    const QString before = ramp.data().toString();
    // Typed into the cell as an owner would: a ramp of 0 weeks.
    table->setCurrentIndex(ramp);
    table->edit(ramp);
    auto *editor = qobject_cast<QDoubleSpinBox *>(table->indexWidget(ramp));
    ASSERT_NE(editor, nullptr);
    editor->setValue(0);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's value on the next turn of the event loop.
    QCoreApplication::processEvents();

    const QString reason = QStringLiteral("The ramp must be more than 0 weeks (at most %1).")
                               .arg(ResultCurve::kMaxWeeks);
    EXPECT_EQ(ramp.data().toString(), before);
    EXPECT_EQ(status(), reason);
    EXPECT_EQ(ramp.data(Qt::ToolTipRole).toString(), reason);
    EXPECT_FALSE(m_undo->isEnabled());

    // A value in range is taken, and marked as the owner's.
    ASSERT_TRUE(assumptions()->setData(ramp, 30));
    EXPECT_EQ(ramp.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Changed from the catalog's value (%1)").arg(before));
    EXPECT_TRUE(ramp.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(ramp.data(Qt::BackgroundRole).value<QBrush>().color(),
              AppPalette::changedBackground(QApplication::palette()));
    const QModelIndex start =
        assumptions()->index(rowOf(kManager), AssumptionTableModel::StartColumn);
    EXPECT_FALSE(start.data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change the ramp of the social media manager"));

    m_undo->trigger();
    EXPECT_EQ(ramp.data().toString(), before);
    EXPECT_FALSE(ramp.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(assumptions()->isChanged());
}

TEST_F(MainWindowUndoTest, RestoringTheCatalogsAssumptionsIsUndone)
{
    ASSERT_TRUE(assumptions()->setData(
        assumptions()->index(rowOf(kManager), AssumptionTableModel::StartColumn), 10));
    ASSERT_TRUE(assumptions()->setData(
        assumptions()->index(rowOf(kInfluencer), AssumptionTableModel::RampColumn), 2));
    const AssumptionTableModel::Values edited = assumptions()->values();
    auto *restore = compare()->findChild<QPushButton *>(QStringLiteral("resetAssumptionsButton"));
    ASSERT_NE(restore, nullptr);
    restore->click();
    EXPECT_FALSE(assumptions()->isChanged());
    EXPECT_TRUE(status().contains(QStringLiteral("brings yours back")));
    m_undo->trigger();
    EXPECT_EQ(assumptions()->values(), edited);
}

TEST_F(MainWindowUndoTest, ConsecutiveEditsOfOneCellAreOneStep)
{
    const QModelIndex start =
        assumptions()->index(rowOf(kManager), AssumptionTableModel::StartColumn);
    const QString catalogValue = start.data().toString();
    ASSERT_TRUE(assumptions()->setData(start, 10));
    ASSERT_TRUE(assumptions()->setData(start, 12));
    EXPECT_EQ(compare()->undoStack()->count(), 1);
    m_undo->trigger();
    EXPECT_EQ(start.data().toString(), catalogValue);
}

TEST_F(MainWindowUndoTest, CopyCopiesTheSelectionOrElseWhatIsShown)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *table = compare()->findChild<QTableView *>(QStringLiteral("comparisonTable"));
    ASSERT_NE(table, nullptr);
    compare()->showTab(CompareView::Tab::SideBySide);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    action("actionCopy")->trigger();
    EXPECT_EQ(clipboard->text(), table->model()->index(0, 1).data().toString());

    // Nothing selected: the whole comparison.
    table->clearSelection();
    action("actionCopy")->trigger();
    EXPECT_TRUE(clipboard->text().contains(QStringLiteral("Social media influencer")));
    EXPECT_TRUE(clipboard->text().contains(QStringLiteral("Expected results over time")));
    EXPECT_TRUE(status().contains(QStringLiteral("comparison")));
    // And as a formatted page for an email, without the window's own links.
    ASSERT_NE(clipboard->mimeData(), nullptr);
    EXPECT_TRUE(clipboard->mimeData()->hasHtml());
    EXPECT_TRUE(clipboard->mimeData()->html().contains(QStringLiteral("<h3>Side by side</h3>")));
    EXPECT_FALSE(clipboard->mimeData()->html().contains(QStringLiteral("role:")));

    m_window->showView(MainWindow::View::Advisor);
    m_window->advisorView()->setFocus();
    action("actionCopy")->trigger();
    EXPECT_TRUE(status().contains(QStringLiteral("advice")));
    EXPECT_FALSE(clipboard->text().isEmpty());
}

} // namespace
} // namespace rolelens
