#include "ui/advisor/ScenarioFormWhatsThis.h"

#include "ui/advisor/CheckList.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/widgets/Retranslation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>

namespace rolelens {

void ScenarioFormWhatsThis::install(ScenarioForm *form)
{
    // Each says what the advisor does with the answer, rule by rule (core/advisor), and no more.
    Retranslation::apply(form, [form] {
        form->businessName()->setWhatsThis(
            tr("Your business's name. The advice does not depend on it: the hiring documents "
               "show it under their title, and the agreement and the scope of work name it where "
               "you sign."));
        form->businessSize()->setWhatsThis(
            tr("How large your business is. When a solo or small business wants one person to "
               "fill two roles that an article says one person may combine, the advice gives a "
               "note instead of a warning."));
        form->considering()->setWhatsThis(
            tr("The role you have in mind. The findings, the targets and the hiring documents "
               "are about it, even where the plan would hire another role. Not decided: they are "
               "about the best-fitting role, the plan's hire."));
        form->goals()->setWhatsThis(
            tr("What the hire should bring about. The advisor ranks the roles by how much of "
               "your goals and tasks each covers, and warns where the role you consider does "
               "not serve a goal, or works on another time scale (right away, over months)."));
        form->tasks()->setWhatsThis(
            tr("The work you expect of the hire. A task outside the role's responsibilities is "
               "pointed out with the role that does it, and the plan gives it to that role, for "
               "a campaign or to contract out."));
        form->oneHireCovers()->setWhatsThis(
            tr("Tick two or more roles if one person is to fill them all. The advice says what "
               "the articles say about combining them and, with a salary set, what it comes to "
               "for each role."));
        form->followersBox()->setWhatsThis(
            tr("Tick it if you expect a number of followers by a date. The advisor works out the "
               "growth a month this needs, draws it on the follower chart against the growth "
               "assumed for the role, and warns when it is beyond it."));
        form->currentFollowers()->setWhatsThis(
            tr("How many followers the account has now: where the curve starts. From no "
               "followers, no monthly rate gets anywhere, and the advice says what to judge a new "
               "account by instead."));
        form->targetFollowers()->setWhatsThis(
            tr("How many followers you expect by the end of the weeks below. The advisor sets "
               "the growth this needs against the range assumed for the role."));
        form->weeks()->setWhatsThis(
            tr("How many weeks you give it. Fewer weeks need faster growth; where it is too fast, "
               "the advice says how many followers to expect after those weeks."));
        form->judgeBy()->setWhatsThis(
            tr("The measures you mean to judge the hire by, the one that matters most first. "
               "Judging mainly by follower count a role whose main measures are others brings a "
               "warning that names them."));
        form->currency()->setWhatsThis(
            tr("Your currency's three-letter code (EUR, USD…), written beside the salary where "
               "the advice divides it between roles."));
        form->salary()->setWhatsThis(
            tr("What you mean to pay the hire a month. Where one person is to fill several "
               "roles, the advice says what it comes to for each; \"not set\" leaves it out."));
        form->adSpend()->setWhatsThis(
            tr("What you mean to spend a month on paid advertising, on top of the salary. Goals "
               "or tasks that need paid campaigns bring a warning while there is no ad spend."));
        const QString growth = tr(
            "How fast the role the advice is about grows an audience, a month: an assumption, "
            "not a measurement. The follower check, the chart and the audience-growth target use "
            "the figures shown; Reset brings back the catalog's.");
        form->growthLow()->setWhatsThis(growth);
        form->growthHigh()->setWhatsThis(growth);
    });
}

} // namespace rolelens
