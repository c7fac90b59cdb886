// What's This on the advisor's questions (issue 20): every question says what it is for, in
// every language the program speaks, and says it again in the new one when it changes.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "i18n/Languages.h"

#include <QDoubleSpinBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QScopeGuard>
#include <QWhatsThis>

namespace rolelens {
namespace {

// Every field of the form: each question's widget, and both ends of the growth assumption.
QList<QWidget *> questions(const ScenarioForm *form)
{
    QList<QWidget *> widgets;
    for (int field = 0; field <= static_cast<int>(ScenarioForm::Field::JobPostKeeps); ++field) {
        QWidget *widget = form->widgetOf(static_cast<ScenarioForm::Field>(field));
        // Both growth fields share their box; its figures are asked about one by one.
        if (widget && !widgets.contains(widget) &&
            widget->objectName() != QLatin1String("growthBox")) {
            widgets.append(widget);
        }
    }
    widgets.append(form->growthLow());
    widgets.append(form->growthHigh());
    return widgets;
}

TEST_F(AdvisorViewTest, EveryQuestionSaysWhatItIsForInEveryLanguage)
{
    // English again for the tests after this one, even if this one stops half-way.
    const auto english = qScopeGuard([] { Languages::use(QStringLiteral("en")); });
    const QList<QWidget *> fields = questions(form());
    ASSERT_EQ(fields.size(), 16);
    QHash<QWidget *, QString> inEnglish;
    for (QWidget *field : fields) {
        inEnglish.insert(field, field->whatsThis());
        EXPECT_GE(field->whatsThis().size(), 60) << qPrintable(field->objectName());
    }
    for (const QString &code : Languages::codes()) {
        ASSERT_TRUE(m_window->switchLanguage(code));
        QCoreApplication::processEvents();
        for (QWidget *field : fields) {
            EXPECT_FALSE(field->whatsThis().isEmpty())
                << qPrintable(code) << ": " << qPrintable(field->objectName());
            if (code != QLatin1String("en")) {
                EXPECT_NE(field->whatsThis(), inEnglish.value(field))
                    << qPrintable(code) << ": " << qPrintable(field->objectName());
            }
        }
    }
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    for (QWidget *field : fields) {
        EXPECT_EQ(field->whatsThis(), inEnglish.value(field));
    }
}

TEST_F(AdvisorViewTest, AWhatsThisClickInsideAFieldShowsTheFieldsText)
{
    // A click lands on the spin box's own line edit, which has no text of its own: the question
    // it belongs to answers.
    QWidget *inner = form()->salary()->findChild<QLineEdit *>();
    ASSERT_NE(inner, nullptr);
    EXPECT_TRUE(inner->whatsThis().isEmpty());
    QHelpEvent asked(QEvent::WhatsThis, QPoint(2, 2), inner->mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(inner, &asked);
    EXPECT_TRUE(asked.isAccepted());
    QWhatsThis::hideText();
}

} // namespace
} // namespace rolelens
