// The mouse wheel over the form: it scrolls the form past the fields, and changes a field only
// once the owner has put the keyboard focus in it.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "scenario/ScenarioFile.h"
#include "ui/widgets/WheelGuard.h"

#include <QApplication>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

namespace rolelens {
namespace {

// Notches of the wheel over the middle of `widget`, delivered as the window system delivers
// them: QApplication passes a spontaneous wheel event on to the parents while it is ignored,
// and gives the focus to a widget that takes it by wheel (sendEvent() would make the event
// synthesized, which does neither; QTest sends its key events the same way). Positive
// notches turn the wheel away from the user (up).
void turnWheel(QWidget *widget, int notches)
{
    const QPointF position = QRectF(widget->rect()).center();
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(),
                      QPoint(0, notches * QWheelEvent::DefaultDeltasPerStep), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(widget, &event);
}

class AdvisorWheelTest : public AdvisorViewTest {
protected:
    void SetUp() override
    {
        AdvisorViewTest::SetUp();
        // An owner's saved scenario: a salary of 800, and the manager's growth assumption.
        m_path = openSavedBakery();
        m_saved = view()->scenario();
        ASSERT_FALSE(session()->isModified());
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_area = view()->findChild<QScrollArea *>(QStringLiteral("scenarioFormArea"));
        ASSERT_NE(m_area, nullptr);
        // The form is longer than the window: there is somewhere to scroll to.
        ASSERT_GT(m_area->verticalScrollBar()->maximum(), 0);
    }

    QScrollBar *scrollBar() const { return m_area->verticalScrollBar(); }

    QString m_path;
    Scenario m_saved;
    QScrollArea *m_area = nullptr;
};

TEST_F(AdvisorWheelTest, TheWheelOverAnUnfocusedFieldScrollsTheFormAndChangesNothing)
{
    // What the wheel used to rewrite: the growth assumption, the salary, and the choices.
    const QList<QWidget *> fields{form()->growthHigh(), form()->salary(), form()->considering(),
                                  form()->businessSize()};
    ASSERT_TRUE(form()->growthHigh()->isEnabled());
    const double growth = form()->growthHigh()->value();
    const double salary = form()->salary()->value();
    const int considered = form()->considering()->currentIndex();
    const int size = form()->businessSize()->currentIndex();
    ASSERT_EQ(salary, 800.0);
    form()->businessName()->setFocus();
    for (QWidget *field : fields) {
        ASSERT_TRUE(WheelGuard::guards(field));
        ASSERT_FALSE(field->hasFocus());
        for (const int notches : {-1, 1}) {
            // From the top when scrolling down, from the bottom when scrolling up.
            const int start = notches < 0 ? 0 : scrollBar()->maximum();
            scrollBar()->setValue(start);
            turnWheel(field, notches);
            EXPECT_NE(scrollBar()->value(), start) << qPrintable(field->objectName());
        }
        // The wheel did not give it the focus either: the next turn would find it unarmed.
        EXPECT_FALSE(field->hasFocus()) << qPrintable(field->objectName());
        EXPECT_EQ(field->focusPolicy(), Qt::StrongFocus) << qPrintable(field->objectName());
    }
    EXPECT_EQ(form()->growthHigh()->value(), growth);
    EXPECT_EQ(form()->salary()->value(), salary);
    EXPECT_EQ(form()->considering()->currentIndex(), considered);
    EXPECT_EQ(form()->businessSize()->currentIndex(), size);
    EXPECT_EQ(view()->scenario(), m_saved);
    EXPECT_FALSE(session()->isModified());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(session()->undoStack()->count(), 0);
}

TEST_F(AdvisorWheelTest, AFocusedFieldStillTakesTheWheel)
{
    form()->salary()->setFocus();
    ASSERT_TRUE(form()->salary()->hasFocus());
    scrollBar()->setValue(0);
    turnWheel(form()->salary(), 1);
    EXPECT_EQ(form()->salary()->value(), 800.0 + form()->salary()->singleStep());
    EXPECT_EQ(view()->scenario().budget->monthlySalary, 800.0 + form()->salary()->singleStep());
    // The field took it: the form stays where it was.
    EXPECT_EQ(scrollBar()->value(), 0);
    EXPECT_TRUE(session()->isModified());

    form()->businessSize()->setFocus();
    ASSERT_TRUE(form()->businessSize()->hasFocus());
    const int size = form()->businessSize()->currentIndex();
    turnWheel(form()->businessSize(), -1);
    EXPECT_EQ(form()->businessSize()->currentIndex(), size + 1);
}

TEST_F(AdvisorWheelTest, AScrollBarStillTakesTheWheel)
{
    // A scroll bar is a slider the wheel is meant for.
    EXPECT_FALSE(WheelGuard::guards(scrollBar()));
    scrollBar()->setValue(0);
    turnWheel(scrollBar(), -1);
    EXPECT_GT(scrollBar()->value(), 0);
}

TEST_F(AdvisorWheelTest, EveryFieldTheWheelCouldChangeInAnyViewIsGuarded)
{
    ASSERT_NE(m_window->compareView(), nullptr);
    int guarded = 0;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        widget->ensurePolished();
        if (WheelGuard::guards(widget)) {
            ++guarded;
            EXPECT_NE(widget->focusPolicy(), Qt::WheelFocus)
                << widget->metaObject()->className() << " " << qPrintable(widget->objectName());
        }
    }
    // Browse's category, Compare's role picker and the Advisor's fields at least.
    EXPECT_GE(guarded, 10);
}

// The guard is the application's: a dialog built later, outside the window, has it too.
TEST_F(AdvisorWheelTest, ADialogsFieldsAreGuardedToo)
{
    QDialog dialog(m_window.get());
    auto *layout = new QVBoxLayout(&dialog);
    // The dialog's first field takes the focus, as in a print dialog.
    auto *name = new QLineEdit;
    auto *pages = new QSpinBox;
    pages->setRange(1, 10);
    layout->addWidget(name);
    layout->addWidget(pages);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    name->setFocus();
    ASSERT_FALSE(pages->hasFocus());
    EXPECT_EQ(pages->focusPolicy(), Qt::StrongFocus);
    turnWheel(pages, 1);
    EXPECT_EQ(pages->value(), 1);
    EXPECT_FALSE(pages->hasFocus());
}

} // namespace
} // namespace rolelens
