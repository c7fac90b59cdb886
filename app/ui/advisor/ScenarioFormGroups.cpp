#include "ui/advisor/ScenarioFormGroups.h"

#include "model/GrowthAssumption.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/CheckList.h"
#include "ui/browse/RoleListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QConcatenateTablesProxyModel>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rolelens {

QGroupBox *ScenarioFormGroups::business(QLineEdit *name, QComboBox *size)
{
    identify(name, QStringLiteral("businessName"), tr("Business name"));
    name->setPlaceholderText(tr("e.g. Corner Bakery"));
    name->setMaxLength(static_cast<int>(ScenarioFile::kMaxTextLength));
    identify(size, QStringLiteral("businessSize"), tr("Business size"));
    for (const auto each : {Scenario::BusinessSize::Unspecified, Scenario::BusinessSize::Solo,
                            Scenario::BusinessSize::Small, Scenario::BusinessSize::Medium,
                            Scenario::BusinessSize::Large}) {
        size->addItem(Scenario::sizeLabel(each), static_cast<int>(each));
    }
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("Si&ze:"), size);
    return group(tr("Your business"), content);
}

QGroupBox *ScenarioFormGroups::consideredRole(QComboBox *considering, const Catalog &catalog,
                                              QObject *owner)
{
    identify(considering, QStringLiteral("consideringRole"), tr("The role you are considering"));
    // Sized by a typical title, not by measuring every one of thousands of titles.
    considering->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    considering->setMinimumContentsLength(28);
    considering->view()->setAccessibleName(considering->accessibleName());
    // "Not decided", then a view of the catalog's roles rather than a copy of every title.
    auto *undecided = new QStandardItemModel(owner);
    auto *undecidedItem = new QStandardItem(tr("Not decided"));
    undecidedItem->setData(QString(), RoleListModel::IdRole);
    undecided->appendRow(undecidedItem);
    auto *choices = new QConcatenateTablesProxyModel(owner);
    choices->addSourceModel(undecided);
    choices->addSourceModel(new RoleListModel(catalog, nullptr, owner));
    considering->setModel(choices);
    return group(tr("The role you are considering"), considering,
                 tr("Undecided? The advisor judges the best-fitting role."));
}

QGroupBox *ScenarioFormGroups::goals(CheckList *goals, const Catalog &catalog)
{
    QList<CheckListModel::Choice> choices;
    for (const auto &goal : catalog.goals()) {
        choices.append({goal.id, goal.label, goal.label});
    }
    return choiceGroup(goals, QStringLiteral("goalList"), tr("What you want from the hire"),
                       choices, tr("What do you want from the hire?"));
}

QGroupBox *ScenarioFormGroups::tasks(CheckList *tasks, const Catalog &catalog)
{
    QList<CheckListModel::Choice> choices;
    for (const auto &task : catalog.tasks()) {
        choices.append({task.id, task.label, task.label});
    }
    return choiceGroup(tasks, QStringLiteral("taskList"), tr("What the hire will do"), choices,
                       tr("What will the hire do?"));
}

QGroupBox *ScenarioFormGroups::oneHireCovers(CheckList *covers, const Catalog &catalog)
{
    QList<CheckListModel::Choice> choices;
    choices.reserve(catalog.roles().size());
    for (const auto &role : catalog.roles()) {
        choices.append({role.id, role.title, role.summary});
    }
    return choiceGroup(covers, QStringLiteral("oneHireCoversList"),
                       tr("Roles one person should cover"), choices,
                       tr("Should one person cover several roles?"),
                       tr("Tick every role you expect this one hire to fill."));
}

QGroupBox *ScenarioFormGroups::followers(QSpinBox *current, QSpinBox *target, QSpinBox *weeks)
{
    auto *box = new QGroupBox(tr("Followers"));
    identify(box, QStringLiteral("followersBox"), tr("Followers"));
    box->setCheckable(true);
    box->setChecked(false);
    box->setToolTip(tr("Tick if you expect a number of followers by a date."));
    for (QSpinBox *count : {current, target}) {
        count->setRange(0, Scenario::Followers::kMaxCount);
        count->setGroupSeparatorShown(true);
        count->setSingleStep(100);
    }
    identify(current, QStringLiteral("currentFollowers"), tr("Followers now"));
    identify(target, QStringLiteral("targetFollowers"), tr("Followers you expect"));
    identify(weeks, QStringLiteral("followerWeeks"), tr("Weeks to get there"));
    weeks->setRange(1, Scenario::Followers::kMaxWeeks);
    weeks->setValue(12);
    weeks->setSuffix(tr(" weeks"));
    auto *layout = new QFormLayout(box);
    layout->addRow(tr("Followers &now:"), current);
    layout->addRow(tr("Followers you &expect:"), target);
    layout->addRow(tr("&Within:"), weeks);
    return box;
}

QGroupBox *ScenarioFormGroups::judgedBy(CheckList *judgeBy, const Catalog &catalog)
{
    QList<CheckListModel::Choice> choices;
    for (const auto &metric : catalog.metrics()) {
        choices.append({metric.id, metric.name, metric.definition});
    }
    return choiceGroup(judgeBy, QStringLiteral("judgeByList"), tr("How you will judge the hire"),
                       choices, tr("How will you judge the hire?"),
                       tr("Tick the measures in the order that matters to you."));
}

QGroupBox *ScenarioFormGroups::budget(QLineEdit *currency, QDoubleSpinBox *salary,
                                      QDoubleSpinBox *adSpend)
{
    identify(currency, QStringLiteral("currency"), tr("Currency"));
    currency->setPlaceholderText(tr("e.g. EUR"));
    currency->setMaxLength(3);
    currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), currency));
    currency->setMaximumWidth(currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) +
                              16);
    QObject::connect(currency, &QLineEdit::textEdited, currency, [currency](const QString &text) {
        // Currency codes are capitals; accept them typed in either case.
        if (text != text.toUpper()) {
            const int position = currency->cursorPosition();
            currency->setText(text.toUpper());
            currency->setCursorPosition(position);
        }
    });
    setUpAmount(salary, QStringLiteral("monthlySalary"), tr("Monthly salary"));
    setUpAmount(adSpend, QStringLiteral("monthlyAdSpend"), tr("Monthly ad spend"));
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    layout->addRow(tr("&Currency:"), currency);
    layout->addRow(tr("Monthly &salary:"), salary);
    layout->addRow(tr("Monthly &ad spend:"), adSpend);
    return group(tr("Budget"), content,
                 tr("Leave an amount at \"not set\" if you have not decided."));
}

QGroupBox *ScenarioFormGroups::growth(QLabel *note, QDoubleSpinBox *low, QDoubleSpinBox *high,
                                      QPushButton *reset)
{
    for (QDoubleSpinBox *box : {low, high}) {
        box->setRange(0, GrowthAssumption::kMaxPercentPerMonth);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" % a month"));
    }
    identify(low, QStringLiteral("growthLow"), tr("Assumed audience growth per month, low"));
    identify(high, QStringLiteral("growthHigh"), tr("Assumed audience growth per month, high"));
    reset->setText(tr("&Reset"));
    reset->setObjectName(QStringLiteral("growthReset"));
    reset->setToolTip(tr("Back to the catalog's assumption for this role"));
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("growthNote"));
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    layout->addRow(note);
    layout->addRow(tr("&Low:"), low);
    layout->addRow(tr("&High:"), high);
    layout->addRow(QString(), reset);
    QGroupBox *box = group(tr("Assumption: audience growth per month"), content);
    box->setObjectName(QStringLiteral("growthBox"));
    return box;
}

QGroupBox *ScenarioFormGroups::group(const QString &title, QWidget *content, const QString &note)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(label);
    }
    layout->addWidget(content);
    return box;
}

QGroupBox *ScenarioFormGroups::choiceGroup(CheckList *list, const QString &objectName,
                                           const QString &accessibleName,
                                           const QList<CheckListModel::Choice> &choices,
                                           const QString &title, const QString &note)
{
    identify(list, objectName, accessibleName);
    list->addChoices(choices);
    list->fitToChoices();
    return group(title, list, note);
}

void ScenarioFormGroups::identify(QWidget *widget, const QString &objectName,
                                  const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

QFormLayout *ScenarioFormGroups::rows(QWidget *content)
{
    auto *layout = new QFormLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

void ScenarioFormGroups::setUpAmount(QDoubleSpinBox *box, const QString &objectName,
                                     const QString &accessibleName)
{
    identify(box, objectName, accessibleName);
    box->setRange(kAmountNotSet, Scenario::Budget::kMaxAmount);
    box->setDecimals(2);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(tr("not set"));
    box->setValue(kAmountNotSet);
}

} // namespace rolelens
