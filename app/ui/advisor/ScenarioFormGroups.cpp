#include "ui/advisor/ScenarioFormGroups.h"

#include "model/GrowthAssumption.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/CheckList.h"
#include "ui/browse/RoleListModel.h"
#include "ui/widgets/Retranslation.h"

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
    identify(name, QStringLiteral("businessName"), [] { return tr("Business name"); });
    Retranslation::apply(name, [name] { name->setPlaceholderText(tr("e.g. Corner Bakery")); });
    name->setMaxLength(static_cast<int>(ScenarioFile::kMaxTextLength));
    identify(size, QStringLiteral("businessSize"), [] { return tr("Business size"); });
    static constexpr Scenario::BusinessSize kSizes[]{
        Scenario::BusinessSize::Unspecified, Scenario::BusinessSize::Solo,
        Scenario::BusinessSize::Small, Scenario::BusinessSize::Medium,
        Scenario::BusinessSize::Large};
    for (const auto each : kSizes) {
        size->addItem(QString(), static_cast<int>(each));
    }
    Retranslation::apply(size, [size] {
        for (int index = 0; index < size->count(); ++index) {
            size->setItemText(index, Scenario::sizeLabel(kSizes[index]));
        }
    });
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    addRow(
        layout, [] { return tr("&Name:"); }, name);
    addRow(
        layout, [] { return tr("Si&ze:"); }, size);
    return group([] { return tr("Your business"); }, content);
}

QGroupBox *ScenarioFormGroups::consideredRole(QComboBox *considering, const Catalog &catalog,
                                              QObject *owner)
{
    identify(considering, QStringLiteral("consideringRole"),
             [] { return tr("The role you are considering"); });
    // Sized by the longest of the first titles, not by measuring every one of thousands.
    considering->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *titles = new RoleListModel(catalog, nullptr, owner);
    Retranslation::apply(considering, [considering, titles] {
        considering->view()->setAccessibleName(considering->accessibleName());
        considering->setMinimumContentsLength(titles->titleLength());
    });
    // "Not decided", then a view of the catalog's roles rather than a copy of every title.
    auto *undecided = new QStandardItemModel(owner);
    auto *undecidedItem = new QStandardItem;
    Retranslation::apply(considering,
                         [undecidedItem] { undecidedItem->setText(tr("Not decided")); });
    undecidedItem->setData(QString(), RoleListModel::IdRole);
    undecided->appendRow(undecidedItem);
    auto *choices = new QConcatenateTablesProxyModel(owner);
    choices->addSourceModel(undecided);
    choices->addSourceModel(titles);
    considering->setModel(choices);
    return group([] { return tr("The role you are considering"); }, considering,
                 [] { return tr("Undecided? The advisor judges the best-fitting role."); });
}

QGroupBox *ScenarioFormGroups::goals(CheckList *goals, const Catalog &catalog)
{
    const auto choices = [&catalog] {
        QList<CheckListModel::Choice> all;
        for (const auto &goal : catalog.goals()) {
            all.append({goal.id, goal.label, goal.label});
        }
        return all;
    };
    return choiceGroup(
        goals, QStringLiteral("goalList"), [] { return tr("What you want from the hire"); },
        choices, [] { return tr("What do you want from the hire?"); });
}

QGroupBox *ScenarioFormGroups::tasks(CheckList *tasks, const Catalog &catalog)
{
    const auto choices = [&catalog] {
        QList<CheckListModel::Choice> all;
        for (const auto &task : catalog.tasks()) {
            all.append({task.id, task.label, task.label});
        }
        return all;
    };
    return choiceGroup(
        tasks, QStringLiteral("taskList"), [] { return tr("What the hire will do"); }, choices,
        [] { return tr("What will the hire do?"); });
}

QGroupBox *ScenarioFormGroups::oneHireCovers(CheckList *covers, const Catalog &catalog)
{
    const auto choices = [&catalog] {
        QList<CheckListModel::Choice> all;
        all.reserve(catalog.roles().size());
        for (const auto &role : catalog.roles()) {
            all.append({role.id, role.title, role.summary});
        }
        return all;
    };
    return choiceGroup(
        covers, QStringLiteral("oneHireCoversList"),
        [] { return tr("Roles one person should cover"); }, choices,
        [] { return tr("Should one person cover several roles?"); },
        [] { return tr("Tick every role you expect this one hire to fill."); });
}

QGroupBox *ScenarioFormGroups::followers(QSpinBox *current, QSpinBox *target, QSpinBox *weeks)
{
    auto *box = new QGroupBox;
    box->setObjectName(QStringLiteral("followersBox"));
    Retranslation::apply(box, [box] {
        box->setTitle(tr("Followers"));
        box->setAccessibleName(box->title());
        box->setToolTip(tr("Tick if you expect a number of followers by a date."));
    });
    box->setCheckable(true);
    box->setChecked(false);
    for (QSpinBox *count : {current, target}) {
        count->setRange(0, Scenario::Followers::kMaxCount);
        count->setGroupSeparatorShown(true);
        count->setSingleStep(100);
    }
    identify(current, QStringLiteral("currentFollowers"), [] { return tr("Followers now"); });
    identify(target, QStringLiteral("targetFollowers"), [] { return tr("Followers you expect"); });
    identify(weeks, QStringLiteral("followerWeeks"), [] { return tr("Weeks to get there"); });
    weeks->setRange(1, Scenario::Followers::kMaxWeeks);
    weeks->setValue(12);
    // " 1 week", " 12 weeks": the unit follows the number.
    const auto weeksSuffix = [weeks] {
        weeks->setSuffix(tr(" week(s)", nullptr, weeks->value()));
    };
    Retranslation::apply(weeks, weeksSuffix);
    QObject::connect(weeks, &QSpinBox::valueChanged, weeks, weeksSuffix);
    auto *layout = new QFormLayout(box);
    addRow(
        layout, [] { return tr("Followers &now:"); }, current);
    addRow(
        layout, [] { return tr("Followers you &expect:"); }, target);
    addRow(
        layout, [] { return tr("&Within:"); }, weeks);
    return box;
}

QGroupBox *ScenarioFormGroups::judgedBy(CheckList *judgeBy, const Catalog &catalog)
{
    const auto choices = [&catalog] {
        QList<CheckListModel::Choice> all;
        for (const auto &metric : catalog.metrics()) {
            all.append({metric.id, metric.name, metric.definition});
        }
        return all;
    };
    return choiceGroup(
        judgeBy, QStringLiteral("judgeByList"), [] { return tr("How you will judge the hire"); },
        choices, [] { return tr("How will you judge the hire?"); },
        [] { return tr("Tick the measures in the order that matters to you."); });
}

QGroupBox *ScenarioFormGroups::budget(QLineEdit *currency, QDoubleSpinBox *salary,
                                      QDoubleSpinBox *adSpend)
{
    identify(currency, QStringLiteral("currency"), [] { return tr("Currency"); });
    Retranslation::apply(currency, [currency] { currency->setPlaceholderText(tr("e.g. EUR")); });
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
    setUpAmount(salary, QStringLiteral("monthlySalary"), [] { return tr("Monthly salary"); });
    setUpAmount(adSpend, QStringLiteral("monthlyAdSpend"), [] { return tr("Monthly ad spend"); });
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    addRow(
        layout, [] { return tr("&Currency:"); }, currency);
    addRow(
        layout, [] { return tr("Monthly &salary:"); }, salary);
    addRow(
        layout, [] { return tr("Monthly &ad spend:"); }, adSpend);
    return group([] { return tr("Budget"); }, content,
                 [] { return tr("Leave an amount at \"not set\" if you have not decided."); });
}

QGroupBox *ScenarioFormGroups::growth(QLabel *note, QDoubleSpinBox *low, QDoubleSpinBox *high,
                                      QPushButton *reset)
{
    for (QDoubleSpinBox *box : {low, high}) {
        box->setRange(0, GrowthAssumption::kMaxPercentPerMonth);
        box->setDecimals(2);
        box->setSingleStep(0.5);
        Retranslation::apply(box, [box] { box->setSuffix(tr(" % a month")); });
    }
    identify(low, QStringLiteral("growthLow"),
             [] { return tr("Assumed audience growth per month, low"); });
    identify(high, QStringLiteral("growthHigh"),
             [] { return tr("Assumed audience growth per month, high"); });
    Retranslation::apply(reset, [reset] {
        reset->setText(tr("&Reset"));
        reset->setToolTip(tr("Back to the catalog's assumption for this role"));
    });
    reset->setObjectName(QStringLiteral("growthReset"));
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("growthNote"));
    auto *content = new QWidget;
    QFormLayout *layout = rows(content);
    layout->addRow(note);
    addRow(
        layout, [] { return tr("&Low:"); }, low);
    addRow(
        layout, [] { return tr("&High:"); }, high);
    layout->addRow(QString(), reset);
    QGroupBox *box = group([] { return tr("Assumption: audience growth per month"); }, content);
    box->setObjectName(QStringLiteral("growthBox"));
    return box;
}

QGroupBox *ScenarioFormGroups::group(const Text &title, QWidget *content, const Text &note)
{
    auto *box = new QGroupBox;
    Retranslation::apply(box, [box, title] { box->setTitle(title()); });
    auto *layout = new QVBoxLayout(box);
    if (note) {
        auto *label = new QLabel;
        Retranslation::apply(label, [label, note] { label->setText(note()); });
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(label);
    }
    layout->addWidget(content);
    return box;
}

QGroupBox *ScenarioFormGroups::choiceGroup(CheckList *list, const QString &objectName,
                                           const Text &accessibleName, const Choices &choices,
                                           const Text &title, const Text &note)
{
    identify(list, objectName, accessibleName);
    list->addChoicesFrom(choices);
    list->fitToChoices();
    return group(title, list, note);
}

void ScenarioFormGroups::identify(QWidget *widget, const QString &objectName,
                                  const Text &accessibleName)
{
    widget->setObjectName(objectName);
    Retranslation::apply(widget,
                         [widget, accessibleName] { widget->setAccessibleName(accessibleName()); });
}

void ScenarioFormGroups::addRow(QFormLayout *layout, const Text &label, QWidget *field)
{
    auto *title = new QLabel;
    title->setBuddy(field);
    Retranslation::apply(title, [title, label] { title->setText(label()); });
    layout->addRow(title, field);
}

QFormLayout *ScenarioFormGroups::rows(QWidget *content)
{
    auto *layout = new QFormLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

void ScenarioFormGroups::setUpAmount(QDoubleSpinBox *box, const QString &objectName,
                                     const Text &accessibleName)
{
    identify(box, objectName, accessibleName);
    box->setRange(kAmountNotSet, Scenario::Budget::kMaxAmount);
    box->setDecimals(2);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    Retranslation::apply(box, [box] { box->setSpecialValueText(tr("not set")); });
    box->setValue(kAmountNotSet);
}

} // namespace rolelens
