#include "ui/advisor/ScenarioForm.h"

#include "advisor/Advisor.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/CheckList.h"
#include "ui/browse/RoleListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QConcatenateTablesProxyModel>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rolelens {
namespace {

// The spin boxes' minimum stands for "not set" (an amount of 0 is an answer too).
constexpr double kNotSet = -1;
constexpr double kMaxAmount = 1e9;
constexpr double kMaxGrowthPercent = 1000;

} // namespace

ScenarioForm::ScenarioForm(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_name(new QLineEdit), m_size(new QComboBox),
      m_considering(new QComboBox), m_goals(new CheckList), m_tasks(new CheckList),
      m_covers(new CheckList), m_followersBox(nullptr), m_current(new QSpinBox),
      m_target(new QSpinBox), m_weeks(new QSpinBox), m_judgeBy(new CheckList),
      m_currency(new QLineEdit), m_salary(amountBox(tr("Monthly salary"))),
      m_adSpend(amountBox(tr("Monthly ad spend"))), m_growthBox(nullptr), m_growthNote(new QLabel),
      m_growthLow(new QDoubleSpinBox), m_growthHigh(new QDoubleSpinBox),
      m_growthReset(new QPushButton(tr("&Reset")))
{
    setObjectName(QStringLiteral("scenarioForm"));
    auto *layout = new QVBoxLayout(this);

    // Your business
    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setAccessibleName(tr("Business name"));
    m_name->setPlaceholderText(tr("e.g. Corner Bakery"));
    m_name->setMaxLength(static_cast<int>(ScenarioFile::kMaxTextLength));
    m_size->setObjectName(QStringLiteral("businessSize"));
    m_size->setAccessibleName(tr("Business size"));
    for (const auto size : {Scenario::BusinessSize::Unspecified, Scenario::BusinessSize::Solo,
                            Scenario::BusinessSize::Small, Scenario::BusinessSize::Medium,
                            Scenario::BusinessSize::Large}) {
        m_size->addItem(Scenario::sizeLabel(size), static_cast<int>(size));
    }
    auto *business = new QWidget;
    auto *businessLayout = new QFormLayout(business);
    businessLayout->setContentsMargins(0, 0, 0, 0);
    businessLayout->addRow(tr("&Name:"), m_name);
    businessLayout->addRow(tr("Si&ze:"), m_size);
    layout->addWidget(group(tr("Your business"), business));

    // The role
    m_considering->setObjectName(QStringLiteral("consideringRole"));
    m_considering->setAccessibleName(tr("The role you are considering"));
    // Sized by a typical title, not by measuring every one of thousands of titles.
    m_considering->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_considering->setMinimumContentsLength(28);
    m_considering->view()->setAccessibleName(m_considering->accessibleName());
    // "Not decided", then a view of the catalog's roles rather than a copy of every title.
    auto *undecided = new QStandardItemModel(this);
    auto *undecidedItem = new QStandardItem(tr("Not decided"));
    undecidedItem->setData(QString(), RoleListModel::IdRole);
    undecided->appendRow(undecidedItem);
    auto *choices = new QConcatenateTablesProxyModel(this);
    choices->addSourceModel(undecided);
    choices->addSourceModel(new RoleListModel(m_catalog, nullptr, this));
    m_considering->setModel(choices);
    layout->addWidget(group(tr("The role you are considering"), m_considering,
                            tr("Undecided? The advisor judges the best-fitting role.")));

    // Goals, tasks, roles in one
    m_goals->setObjectName(QStringLiteral("goalList"));
    m_goals->setAccessibleName(tr("What you want from the hire"));
    for (const auto &goal : m_catalog.goals()) {
        m_goals->addChoice(goal.id, goal.label, goal.label);
    }
    m_goals->fitToChoices();
    layout->addWidget(group(tr("What do you want from the hire?"), m_goals));
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setAccessibleName(tr("What the hire will do"));
    for (const auto &task : m_catalog.tasks()) {
        m_tasks->addChoice(task.id, task.label, task.label);
    }
    m_tasks->fitToChoices();
    layout->addWidget(group(tr("What will the hire do?"), m_tasks));
    m_covers->setObjectName(QStringLiteral("oneHireCoversList"));
    m_covers->setAccessibleName(tr("Roles one person should cover"));
    QList<CheckListModel::Choice> roles;
    roles.reserve(m_catalog.roles().size());
    for (const auto &role : m_catalog.roles()) {
        roles.append({role.id, role.title, role.summary});
    }
    m_covers->addChoices(roles);
    m_covers->fitToChoices();
    layout->addWidget(group(tr("Should one person cover several roles?"), m_covers,
                            tr("Tick every role you expect this one hire to fill.")));

    // Followers
    m_followersBox = new QGroupBox(tr("Followers"));
    m_followersBox->setObjectName(QStringLiteral("followersBox"));
    m_followersBox->setAccessibleName(tr("Followers"));
    m_followersBox->setCheckable(true);
    m_followersBox->setChecked(false);
    m_followersBox->setToolTip(tr("Tick if you expect a number of followers by a date."));
    for (QSpinBox *box : {m_current, m_target}) {
        box->setRange(0, ScenarioFile::kMaxFollowers);
        box->setGroupSeparatorShown(true);
        box->setSingleStep(100);
    }
    m_current->setObjectName(QStringLiteral("currentFollowers"));
    m_current->setAccessibleName(tr("Followers now"));
    m_target->setObjectName(QStringLiteral("targetFollowers"));
    m_target->setAccessibleName(tr("Followers you expect"));
    m_weeks->setObjectName(QStringLiteral("followerWeeks"));
    m_weeks->setAccessibleName(tr("Weeks to get there"));
    m_weeks->setRange(1, ScenarioFile::kMaxWeeks);
    m_weeks->setValue(12);
    m_weeks->setSuffix(tr(" weeks"));
    auto *followersLayout = new QFormLayout(m_followersBox);
    followersLayout->addRow(tr("Followers &now:"), m_current);
    followersLayout->addRow(tr("Followers you &expect:"), m_target);
    followersLayout->addRow(tr("&Within:"), m_weeks);
    layout->addWidget(m_followersBox);

    // Judged by
    m_judgeBy->setObjectName(QStringLiteral("judgeByList"));
    m_judgeBy->setAccessibleName(tr("How you will judge the hire"));
    for (const auto &metric : m_catalog.metrics()) {
        m_judgeBy->addChoice(metric.id, metric.name, metric.definition);
    }
    m_judgeBy->fitToChoices();
    layout->addWidget(group(tr("How will you judge the hire?"), m_judgeBy,
                            tr("Tick the measures in the order that matters to you.")));

    // Budget
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setPlaceholderText(tr("e.g. EUR"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setMaximumWidth(
        m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);
    m_salary->setObjectName(QStringLiteral("monthlySalary"));
    m_adSpend->setObjectName(QStringLiteral("monthlyAdSpend"));
    auto *budget = new QWidget;
    auto *budgetLayout = new QFormLayout(budget);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->addRow(tr("&Currency:"), m_currency);
    budgetLayout->addRow(tr("Monthly &salary:"), m_salary);
    budgetLayout->addRow(tr("Monthly &ad spend:"), m_adSpend);
    layout->addWidget(
        group(tr("Budget"), budget, tr("Leave an amount at \"not set\" if you have not decided.")));

    // The growth assumption
    for (QDoubleSpinBox *box : {m_growthLow, m_growthHigh}) {
        box->setRange(0, kMaxGrowthPercent);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" % a month"));
    }
    m_growthLow->setObjectName(QStringLiteral("growthLow"));
    m_growthLow->setAccessibleName(tr("Assumed audience growth per month, low"));
    m_growthHigh->setObjectName(QStringLiteral("growthHigh"));
    m_growthHigh->setAccessibleName(tr("Assumed audience growth per month, high"));
    m_growthReset->setObjectName(QStringLiteral("growthReset"));
    m_growthReset->setToolTip(tr("Back to the catalog's assumption for this role"));
    m_growthNote->setWordWrap(true);
    m_growthNote->setObjectName(QStringLiteral("growthNote"));
    auto *growth = new QWidget;
    auto *growthLayout = new QFormLayout(growth);
    growthLayout->setContentsMargins(0, 0, 0, 0);
    growthLayout->addRow(m_growthNote);
    growthLayout->addRow(tr("&Low:"), m_growthLow);
    growthLayout->addRow(tr("&High:"), m_growthHigh);
    growthLayout->addRow(QString(), m_growthReset);
    m_growthBox = group(tr("Assumption: audience growth per month"), growth);
    m_growthBox->setObjectName(QStringLiteral("growthBox"));
    layout->addWidget(m_growthBox);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &ScenarioForm::emitChanged);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ScenarioForm::emitChanged);
    connect(m_considering, &QComboBox::currentIndexChanged, this, &ScenarioForm::emitChanged);
    for (CheckList *list : {m_goals, m_tasks, m_covers, m_judgeBy}) {
        connect(list, &CheckList::checkedIdsChanged, this, &ScenarioForm::emitChanged);
    }
    connect(m_followersBox, &QGroupBox::toggled, this, &ScenarioForm::emitChanged);
    for (QSpinBox *box : {m_current, m_target, m_weeks}) {
        connect(box, &QSpinBox::valueChanged, this, &ScenarioForm::emitChanged);
    }
    connect(m_currency, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Currency codes are capitals; accept them typed in either case.
        if (text != text.toUpper()) {
            const int position = m_currency->cursorPosition();
            m_currency->setText(text.toUpper());
            m_currency->setCursorPosition(position);
        }
    });
    connect(m_currency, &QLineEdit::textChanged, this, &ScenarioForm::emitChanged);
    for (QDoubleSpinBox *box : {m_salary, m_adSpend}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScenarioForm::emitChanged);
    }
    for (QDoubleSpinBox *box : {m_growthLow, m_growthHigh}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScenarioForm::growthEdited);
    }
    connect(m_growthReset, &QPushButton::clicked, this, &ScenarioForm::resetGrowth);
    // A spin box's text field is what screen readers land on: give it the box's name.
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        if (auto *edit = box->findChild<QLineEdit *>()) {
            edit->setAccessibleName(box->accessibleName());
        }
    }
    showGrowth();
}

QGroupBox *ScenarioForm::group(const QString &title, QWidget *content, const QString &note)
{
    auto *box = new QGroupBox(title);
    auto *boxLayout = new QVBoxLayout(box);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        boxLayout->addWidget(label);
    }
    boxLayout->addWidget(content);
    return box;
}

QDoubleSpinBox *ScenarioForm::amountBox(const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox;
    box->setAccessibleName(accessibleName);
    box->setRange(kNotSet, kMaxAmount);
    box->setDecimals(2);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(tr("not set"));
    box->setValue(kNotSet);
    return box;
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
    if (m_salary->value() > kNotSet) {
        budget.monthlySalary = m_salary->value();
    }
    if (m_adSpend->value() > kNotSet) {
        budget.monthlyAdSpend = m_adSpend->value();
    }
    if (budget != Scenario::Budget{}) {
        scenario.budget = budget;
    }
    scenario.audienceGrowth = m_growthOverride;
    return scenario;
}

void ScenarioForm::setScenario(const Scenario &scenario)
{
    const QSignalBlocker blocker(this);
    m_filling = true;
    m_name->setText(scenario.businessName);
    m_size->setCurrentIndex(std::max(0, m_size->findData(static_cast<int>(scenario.size))));
    m_considering->setCurrentIndex(std::max(0, m_considering->findData(scenario.considering)));
    m_goals->setCheckedIds(scenario.goals);
    m_tasks->setCheckedIds(scenario.tasks);
    m_covers->setCheckedIds(scenario.oneHireCovers);
    m_followersBox->setChecked(scenario.followers.has_value());
    const Scenario::Followers followers =
        scenario.followers.value_or(Scenario::Followers{0, 0, 12});
    m_current->setValue(followers.current);
    m_target->setValue(followers.target);
    m_weeks->setValue(followers.weeks);
    m_judgeBy->setCheckedIds(scenario.judgeBy);
    const Scenario::Budget budget = scenario.budget.value_or(Scenario::Budget{});
    m_currency->setText(budget.currency);
    m_salary->setValue(budget.monthlySalary.value_or(kNotSet));
    m_adSpend->setValue(budget.monthlyAdSpend.value_or(kNotSet));
    m_growthOverride = scenario.audienceGrowth;
    m_filling = false;
    showGrowth();
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
    emitChanged();
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
            tr("An assumption, not a measurement. The catalog has no growth figure for a %1.")
                .arg(role->title.toLower()));
    } else if (m_growthOverride) {
        m_growthNote->setText(tr("An assumption, not a measurement: your own figures for how fast "
                                 "a %1 grows an audience (the catalog says %2 to %3 % a month).")
                                  .arg(role->title.toLower())
                                  .arg(catalogGrowth->lowPercentPerMonth)
                                  .arg(catalogGrowth->highPercentPerMonth));
    } else {
        m_growthNote->setText(tr("An assumption, not a measurement: how fast a %1 typically "
                                 "grows an audience. The articles give no figures; change them "
                                 "if you know better.")
                                  .arg(role->title.toLower()));
    }
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
    emitChanged();
}

void ScenarioForm::emitChanged()
{
    if (!m_filling) {
        emit changed();
    }
}

} // namespace rolelens
