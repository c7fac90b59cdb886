// Undo and redo of the scenario: each change of the form is a step, the Edit menu names it,
// and the scenario is modified exactly when it differs from its file.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/OwnFigureDelegate.h"
#include "ui/advisor/TargetsTable.h"
#include "ui/window/Dialogs.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QUndoStack>

namespace rolelens {
namespace {

class AdvisorUndoTest : public AdvisorViewTest {
protected:
    void SetUp() override
    {
        AdvisorViewTest::SetUp();
        m_path = openSavedBakery();
        m_undo = action("actionUndo");
        m_redo = action("actionRedo");
        ASSERT_NE(m_undo, nullptr);
        ASSERT_NE(m_redo, nullptr);
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    std::optional<double> salary() const
    {
        const Scenario scenario = view()->scenario();
        return scenario.budget ? scenario.budget->monthlySalary : std::nullopt;
    }

    QString m_path;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

TEST_F(AdvisorUndoTest, UndoRestoresTheSalaryAndRedoReappliesIt)
{
    EXPECT_FALSE(m_undo->isEnabled());
    EXPECT_FALSE(m_redo->isEnabled());
    EXPECT_EQ(m_undo->shortcut(), QKeySequence(QKeySequence::Undo));

    form()->salary()->setValue(1200);
    EXPECT_TRUE(session()->isModified());
    EXPECT_TRUE(m_undo->isEnabled());
    EXPECT_FALSE(m_redo->isEnabled());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change salary"));

    m_undo->trigger();
    EXPECT_EQ(form()->salary()->value(), 800.0);
    EXPECT_EQ(salary(), 800.0);
    // Back to what the file holds.
    EXPECT_FALSE(session()->isModified());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_FALSE(m_undo->isEnabled());
    EXPECT_TRUE(m_redo->isEnabled());
    EXPECT_EQ(m_redo->text(), QStringLiteral("&Redo change salary"));

    m_redo->trigger();
    EXPECT_EQ(form()->salary()->value(), 1200.0);
    EXPECT_EQ(salary(), 1200.0);
    EXPECT_TRUE(session()->isModified());
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_FALSE(m_redo->isEnabled());
}

TEST_F(AdvisorUndoTest, TypingAFigureIsOneStepAndTheAdviceFollowsTheUndo)
{
    QDoubleSpinBox *box = form()->salary();
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("1500"));
    ASSERT_EQ(salary(), 1500.0);
    EXPECT_EQ(session()->undoStack()->count(), 1);

    // A choice, and undoing it gives the advice back.
    ASSERT_EQ(view()->advice().judgedRoleId, kSmm);
    form()->considering()->setCurrentIndex(
        form()->considering()->findData(QStringLiteral("social-media-influencer")));
    ASSERT_EQ(view()->advice().judgedRoleId, QStringLiteral("social-media-influencer"));
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change the role considered"));
    m_undo->trigger();
    EXPECT_EQ(view()->scenario().considering, kSmm);
    EXPECT_EQ(view()->advice().judgedRoleId, kSmm);
    m_undo->trigger();
    EXPECT_EQ(salary(), 800.0);
    EXPECT_FALSE(session()->isModified());
}

TEST_F(AdvisorUndoTest, UndoPastASaveMarksTheScenarioModified)
{
    form()->salary()->setValue(1200);
    trigger("actionSaveScenario");
    ASSERT_FALSE(session()->isModified());
    // Not merged into the salary step before the save.
    form()->salary()->setValue(1300);
    EXPECT_EQ(session()->undoStack()->count(), 2);
    m_undo->trigger();
    EXPECT_EQ(salary(), 1200.0);
    EXPECT_FALSE(session()->isModified());
    m_undo->trigger();
    EXPECT_EQ(salary(), 800.0);
    // The file holds 1,200 now.
    EXPECT_TRUE(session()->isModified());
    EXPECT_TRUE(m_window->isWindowModified());
}

TEST_F(AdvisorUndoTest, TheGrowthAssumptionAndItsResetAreUndone)
{
    const double catalogHigh = form()->growthHigh()->value();
    form()->growthHigh()->setValue(5.0);
    ASSERT_TRUE(view()->scenario().audienceGrowth.has_value());
    form()->resetGrowth();
    ASSERT_FALSE(view()->scenario().audienceGrowth.has_value());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo reset growth assumption"));
    m_undo->trigger();
    ASSERT_TRUE(view()->scenario().audienceGrowth.has_value());
    EXPECT_EQ(view()->scenario().audienceGrowth->highPercentPerMonth, 5.0);
    EXPECT_EQ(form()->growthHigh()->value(), 5.0);
    m_undo->trigger();
    EXPECT_FALSE(view()->scenario().audienceGrowth.has_value());
    EXPECT_EQ(form()->growthHigh()->value(), catalogHigh);
    EXPECT_FALSE(session()->isModified());
}

TEST_F(AdvisorUndoTest, FollowerFiguresComeBackWithTheirGroup)
{
    form()->followersBox()->setChecked(true);
    form()->targetFollowers()->setValue(5000);
    form()->followersBox()->setChecked(false);
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change the follower expectation"));
    m_undo->trigger();
    ASSERT_TRUE(view()->scenario().followers.has_value());
    EXPECT_EQ(view()->scenario().followers->target, 5000);
    EXPECT_TRUE(form()->followersBox()->isChecked());
}

TEST_F(AdvisorUndoTest, AnOwnFigureTypedInTheTargetsTableIsUndone)
{
    const QString engagement = QStringLiteral("engagement-rate");
    form()->setOwnFigure(engagement, 2.5);
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change your figure for %1")
                                  .arg(m_window->catalog().metricName(engagement)));
    m_undo->trigger();
    EXPECT_TRUE(view()->scenario().ownFigures.isEmpty());
    m_redo->trigger();
    EXPECT_EQ(view()->scenario().ownFigures.value(engagement), 2.5);
    const int row = view()->targets()->rowOf(engagement);
    ASSERT_GE(row, 0);
    EXPECT_EQ(view()
                  ->targets()
                  ->item(row, TargetsTable::OwnerColumn)
                  ->data(OwnFigureDelegate::FigureRole)
                  .toDouble(),
              2.5);
}

TEST_F(AdvisorUndoTest, CtrlZInAFieldWithNothingOfItsOwnToUndoUndoesTheStep)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QDoubleSpinBox *box = form()->salary();
    box->setFocus();
    ASSERT_TRUE(box->hasFocus());
    // The arrow key steps the amount, as the wheel does.
    QTest::keyClick(box, Qt::Key_Up);
    ASSERT_EQ(salary(), 800.0 + box->singleStep());
    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(salary(), 800.0);
    EXPECT_FALSE(session()->isModified());

    // Text being typed is the field's own to undo first, as in any text field.
    QLineEdit *name = form()->businessName();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Ltd"));
    ASSERT_EQ(view()->scenario().businessName, QStringLiteral("Corner Bakery Ltd"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Corner Bakery"));
}

TEST_F(AdvisorUndoTest, EachViewUndoesItsOwnHistory)
{
    form()->salary()->setValue(1200);
    ASSERT_TRUE(m_undo->isEnabled());
    m_window->showView(MainWindow::View::Compare);
    // The comparison has nothing to undo; the salary is not undone from there.
    EXPECT_FALSE(m_undo->isEnabled());
    m_undo->trigger();
    EXPECT_EQ(salary(), 1200.0);
    m_window->showView(MainWindow::View::Advisor);
    EXPECT_TRUE(m_undo->isEnabled());
    EXPECT_EQ(m_undo->text(), QStringLiteral("&Undo change salary"));
}

TEST_F(AdvisorUndoTest, AnotherScenarioStartsANewHistory)
{
    form()->salary()->setValue(1200);
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    trigger("actionNewScenario");
    EXPECT_EQ(view()->scenario(), Scenario{});
    EXPECT_FALSE(m_undo->isEnabled());
    EXPECT_EQ(session()->undoStack()->count(), 0);
}

} // namespace
} // namespace rolelens
