#include "ui/advisor/ScenarioForm.h"

#include "advisor/Advisor.h"
#include "i18n/InSentence.h"
#include "report/Figures.h"
#include "ui/advisor/CheckList.h"
#include "ui/advisor/ScenarioEditCommand.h"
#include "ui/advisor/ScenarioFormGroups.h"
#include "ui/advisor/ScenarioFormWhatsThis.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace rolelens {

ScenarioForm::ScenarioForm(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_name(new QLineEdit), m_size(new QComboBox),
      m_considering(new QComboBox), m_goals(new CheckList), m_tasks(new CheckList),
      m_covers(new CheckList), m_followersBox(nullptr), m_current(new QSpinBox),
      m_target(new QSpinBox), m_weeks(new QSpinBox), m_judgeBy(new CheckList),
      m_currency(new QLineEdit), m_salary(new QDoubleSpinBox), m_adSpend(new QDoubleSpinBox),
      m_growthBox(nullptr), m_growthNote(new QLabel), m_growthLow(new QDoubleSpinBox),
      m_growthHigh(new QDoubleSpinBox), m_growthReset(new QPushButton)
{
    using Groups = ScenarioFormGroups;
    setObjectName(QStringLiteral("scenarioForm"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(Groups::business(m_name, m_size));
    layout->addWidget(Groups::consideredRole(m_considering, m_catalog, this));
    layout->addWidget(Groups::goals(m_goals, m_catalog));
    layout->addWidget(Groups::tasks(m_tasks, m_catalog));
    layout->addWidget(Groups::oneHireCovers(m_covers, m_catalog));
    m_followersBox = Groups::followers(m_current, m_target, m_weeks);
    layout->addWidget(m_followersBox);
    layout->addWidget(Groups::judgedBy(m_judgeBy, m_catalog));
    layout->addWidget(Groups::budget(m_currency, m_salary, m_adSpend));
    m_growthBox = Groups::growth(m_growthNote, m_growthLow, m_growthHigh, m_growthReset);
    layout->addWidget(m_growthBox);
    layout->addStretch();
    connectEdits();
    ScenarioFormWhatsThis::install(this);
    showGrowth();
}

void ScenarioForm::connectEdits()
{
    const auto record = [this](Field field) {
        return [this, field] {
            edited(field);
        };
    };
    connect(m_name, &QLineEdit::textChanged, this, record(Field::BusinessName));
    connect(m_size, &QComboBox::currentIndexChanged, this, record(Field::BusinessSize));
    connect(m_considering, &QComboBox::currentIndexChanged, this, record(Field::Considering));
    const std::pair<CheckList *, Field> lists[] = {{m_goals, Field::Goals},
                                                   {m_tasks, Field::Tasks},
                                                   {m_covers, Field::OneHireCovers},
                                                   {m_judgeBy, Field::JudgeBy}};
    for (const auto &[list, field] : lists) {
        connect(list, &CheckList::checkedIdsChanged, this, record(field));
    }
    connect(m_followersBox, &QGroupBox::toggled, this, record(Field::Followers));
    const std::pair<QSpinBox *, Field> counts[] = {{m_current, Field::CurrentFollowers},
                                                   {m_target, Field::TargetFollowers},
                                                   {m_weeks, Field::Weeks}};
    for (const auto &[box, field] : counts) {
        connect(box, &QSpinBox::valueChanged, this, record(field));
    }
    connect(m_currency, &QLineEdit::textChanged, this, record(Field::Currency));
    connect(m_salary, &QDoubleSpinBox::valueChanged, this, record(Field::Salary));
    connect(m_adSpend, &QDoubleSpinBox::valueChanged, this, record(Field::AdSpend));
    for (QDoubleSpinBox *box : {m_growthLow, m_growthHigh}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScenarioForm::growthEdited);
    }
    connect(m_growthReset, &QPushButton::clicked, this, &ScenarioForm::resetGrowth);
}

Scenario ScenarioForm::scenario() const
{
    Scenario scenario;
    scenario.businessName = m_name->text().trimmed();
    scenario.size = static_cast<Scenario::BusinessSize>(m_size->currentData().toInt());
    scenario.considering = m_considering->currentData().toString();
    scenario.goals = m_goals->checkedIds();
    scenario.tasks = m_tasks->checkedIds();
    scenario.oneHireCovers = m_covers->checkedIds();
    if (m_followersBox->isChecked()) {
        scenario.followers =
            Scenario::Followers{m_current->value(), m_target->value(), m_weeks->value()};
    }
    scenario.judgeBy = m_judgeBy->checkedIds();
    Scenario::Budget budget;
    // A code still being typed is no code yet.
    if (m_currency->text().size() == 3) {
        budget.currency = m_currency->text();
    }
    if (m_salary->value() > ScenarioFormGroups::kAmountNotSet) {
        budget.monthlySalary = m_salary->value();
    }
    if (m_adSpend->value() > ScenarioFormGroups::kAmountNotSet) {
        budget.monthlyAdSpend = m_adSpend->value();
    }
    if (budget != Scenario::Budget{}) {
        scenario.budget = budget;
    }
    scenario.audienceGrowth = m_growthOverride;
    scenario.ownFigures = m_ownFigures;
    scenario.issuedAgreement = m_issuedAgreement;
    scenario.jobPostKeeps = m_jobPostKeeps;
    return scenario;
}

void ScenarioForm::setScenario(const Scenario &scenario)
{
    fill({scenario, scenario.followers.value_or(Scenario::Followers{0, 0, 12})});
    m_recorded = state();
}

ScenarioForm::State ScenarioForm::state() const
{
    return {scenario(),
            Scenario::Followers{m_current->value(), m_target->value(), m_weeks->value()}};
}

void ScenarioForm::fill(const State &state)
{
    const Scenario &scenario = state.scenario;
    const QSignalBlocker blocker(this);
    m_filling = true;
    m_name->setText(scenario.businessName);
    m_size->setCurrentIndex(std::max(0, m_size->findData(static_cast<int>(scenario.size))));
    m_considering->setCurrentIndex(std::max(0, m_considering->findData(scenario.considering)));
    m_goals->setCheckedIds(scenario.goals);
    m_tasks->setCheckedIds(scenario.tasks);
    m_covers->setCheckedIds(scenario.oneHireCovers);
    m_followersBox->setChecked(scenario.followers.has_value());
    m_current->setValue(state.followers.current);
    m_target->setValue(state.followers.target);
    m_weeks->setValue(state.followers.weeks);
    m_judgeBy->setCheckedIds(scenario.judgeBy);
    const Scenario::Budget budget = scenario.budget.value_or(Scenario::Budget{});
    m_currency->setText(budget.currency);
    m_salary->setValue(budget.monthlySalary.value_or(ScenarioFormGroups::kAmountNotSet));
    m_adSpend->setValue(budget.monthlyAdSpend.value_or(ScenarioFormGroups::kAmountNotSet));
    m_growthOverride = scenario.audienceGrowth;
    m_ownFigures = scenario.ownFigures;
    m_issuedAgreement = scenario.issuedAgreement;
    m_jobPostKeeps = scenario.jobPostKeeps;
    m_filling = false;
    showGrowth();
}

void ScenarioForm::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void ScenarioForm::restore(const State &state, Field field)
{
    fill(state);
    m_recorded = this->state();
    emit changed();
    emit fieldRestored(widgetOf(field));
}

QWidget *ScenarioForm::widgetOf(Field field) const
{
    switch (field) {
    case Field::BusinessName:
        return m_name;
    case Field::BusinessSize:
        return m_size;
    case Field::Considering:
        return m_considering;
    case Field::Goals:
        return m_goals;
    case Field::Tasks:
        return m_tasks;
    case Field::OneHireCovers:
        return m_covers;
    case Field::Followers:
        return m_followersBox;
    case Field::CurrentFollowers:
        return m_current;
    case Field::TargetFollowers:
        return m_target;
    case Field::Weeks:
        return m_weeks;
    case Field::JudgeBy:
        return m_judgeBy;
    case Field::Currency:
        return m_currency;
    case Field::Salary:
        return m_salary;
    case Field::AdSpend:
        return m_adSpend;
    case Field::Growth:
    case Field::GrowthReset:
        return m_growthBox;
    case Field::OwnFigure:
    case Field::IssuedAgreement:
    case Field::JobPostKeeps:
        break; // edited in the targets table, or with the documents: not in the form
    }
    return nullptr;
}

void ScenarioForm::setJudgedRole(const QString &roleId)
{
    if (roleId == m_judgedRole) {
        return;
    }
    m_judgedRole = roleId;
    showGrowth();
}

void ScenarioForm::resetGrowth()
{
    if (!m_growthOverride) {
        return;
    }
    m_growthOverride.reset();
    showGrowth();
    edited(Field::GrowthReset);
}

void ScenarioForm::setOwnFigure(const QString &metricId, std::optional<double> value)
{
    const auto held = m_ownFigures.constFind(metricId);
    const std::optional<double> before =
        held == m_ownFigures.constEnd() ? std::nullopt : std::optional<double>(*held);
    if (before == value) {
        return;
    }
    if (value) {
        m_ownFigures.insert(metricId, *value);
    } else {
        m_ownFigures.remove(metricId);
    }
    edited(Field::OwnFigure, metricId);
}

void ScenarioForm::setIssuedAgreement(const Scenario::IssuedAgreement &issued)
{
    if (m_issuedAgreement == issued) {
        return;
    }
    m_issuedAgreement = issued;
    edited(Field::IssuedAgreement);
}

void ScenarioForm::setJobPostKeeps(const QStringList &taskIds)
{
    if (m_jobPostKeeps == taskIds) {
        return;
    }
    m_jobPostKeeps = taskIds;
    edited(Field::JobPostKeeps);
}

void ScenarioForm::showGrowth()
{
    const Role *role = m_catalog.role(m_judgedRole);
    const auto catalogGrowth = role ? role->audienceGrowth : std::nullopt;
    m_filling = true;
    if (m_growthOverride) {
        m_growthLow->setValue(m_growthOverride->lowPercentPerMonth);
        m_growthHigh->setValue(m_growthOverride->highPercentPerMonth);
    } else if (catalogGrowth) {
        m_growthLow->setValue(catalogGrowth->lowPercentPerMonth);
        m_growthHigh->setValue(catalogGrowth->highPercentPerMonth);
    }
    m_filling = false;
    m_growthReset->setEnabled(m_growthOverride.has_value());
    m_growthLow->setEnabled(catalogGrowth.has_value());
    m_growthHigh->setEnabled(catalogGrowth.has_value());
    if (!role) {
        m_growthNote->setText(tr("An assumption, not a measurement. Pick a role, or goals and "
                                 "tasks, to see it."));
    } else if (!catalogGrowth) {
        m_growthNote->setText(
            tr("An assumption, not a measurement. The catalog has no growth figure for the %1.")
                .arg(InSentence::label(role->title)));
    } else if (m_growthOverride) {
        m_growthNote->setText(
            tr("An assumption, not a measurement: your own figures for how fast "
               "the %1 grows an audience (the catalog assumes %2 a month).")
                .arg(InSentence::label(role->title),
                     Figures::range(catalogGrowth->lowPercentPerMonth,
                                    catalogGrowth->highPercentPerMonth, QStringLiteral("%"))));
    } else {
        m_growthNote->setText(tr("An assumption, not a measurement: how fast the %1 might grow an "
                                 "audience, chosen for illustration. The articles give no "
                                 "figures; change them if you know better.")
                                  .arg(InSentence::label(role->title)));
    }
}

void ScenarioForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        showGrowth(); // its note names the role in the new language
    }
    QWidget::changeEvent(event);
}

void ScenarioForm::growthEdited()
{
    if (m_filling) {
        return;
    }
    // The range must stay ordered: raising the low end past the high one raises both.
    if (sender() == m_growthLow && m_growthLow->value() > m_growthHigh->value()) {
        m_filling = true;
        m_growthHigh->setValue(m_growthLow->value());
        m_filling = false;
    } else if (sender() == m_growthHigh && m_growthHigh->value() < m_growthLow->value()) {
        m_filling = true;
        m_growthLow->setValue(m_growthHigh->value());
        m_filling = false;
    }
    m_growthOverride = Scenario::GrowthOverride{m_growthLow->value(), m_growthHigh->value()};
    m_growthReset->setEnabled(true);
    showGrowth();
    edited(Field::Growth);
}

void ScenarioForm::edited(Field field, const QString &metricId)
{
    if (m_filling) {
        return;
    }
    State after = state();
    // A currency code half typed, or a name's trailing space, changes no scenario.
    if (after == m_recorded) {
        return;
    }
    State before = std::exchange(m_recorded, after);
    if (m_undoStack) {
        const QString measure =
            field == Field::OwnFigure ? m_catalog.metricName(metricId) : QString();
        m_undoStack->push(
            new ScenarioEditCommand(this, field, std::move(before), std::move(after), measure));
    }
    emit changed();
}

} // namespace rolelens
