#include "ui/advisor/ScenarioFormGroups.h"

#include "model/GrowthAssumption.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/CheckList.h"
#include "ui/browse/RoleListModel.h"
#include "ui/widgets/AccessibleText.h"
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
    identify(
        name, QStringLiteral("businessName"), [] { return tr("Business name"); },
        [] { return tr("Your business's name, as the documents for the hire write it."); });
    Retranslation::apply(name, [name] { name->setPlaceholderText(tr("e.g. Corner Bakery")); });
    name->setMaxLength(static_cast<int>(ScenarioFile::kMaxTextLength));
    identify(
        size, QStringLiteral("businessSize"), [] { return tr("Business size"); },
        [] { return tr("How many people your business has, from the owner alone to over 250."); });
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
    identify(
        considering, QStringLiteral("consideringRole"),
        [] { return tr("The role you are considering"); },
        [] {
            return tr("The role you mean to hire; with \"Not decided\", the advisor judges the "
                      "role that fits best.");
        });
    // Sized by the longest of the first titles, not by measuring every one of thousands.
    considering->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *titles = new RoleListModel(catalog, nullptr, owner);
    Retranslation::apply(considering, [considering, titles] {
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
        [] {
            return tr("Tick each goal you have for the hire: the roles are ranked by how they "
                      "serve your goals and tasks.");
        },
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
        tasks, QStringLiteral("taskList"), [] { return tr("What the hire will do"); },
        [] {
            return tr("Tick each task you expect of the hire; the plan says which belong to the "
                      "role and which to others.");
        },
        choices, [] { return tr("What will the hire do?"); });
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
    // The note under the question says what the list is for, to a screen reader too.
    const Text tickEvery = [] {
        return tr("Tick every role you expect this one hire to fill.");
    };
    return choiceGroup(
        covers, QStringLiteral("oneHireCoversList"),
        [] { return tr("Roles one person should cover"); }, tickEvery, choices,
        [] { return tr("Should one person cover several roles?"); }, tickEvery);
}

QGroupBox *ScenarioFormGroups::followers(QSpinBox *current, QSpinBox *target, QSpinBox *weeks)
{
    auto *box = new QGroupBox;
    box->setObjectName(QStringLiteral("followersBox"));
    Retranslation::apply(box, [box] {
        box->setTitle(tr("Followers"));
        box->setToolTip(tr("Tick if you expect a number of followers by a date."));
        AccessibleText::set(box, box->title(), box->toolTip());
    });
    box->setCheckable(true);
    box->setChecked(false);
    for (QSpinBox *count : {current, target}) {
        count->setRange(0, Scenario::Followers::kMaxCount);
        count->setGroupSeparatorShown(true);
        count->setSingleStep(100);
    }
    identify(
        current, QStringLiteral("currentFollowers"), [] { return tr("Followers now"); },
        [] { return tr("How many followers you have today."); });
    identify(
        target, QStringLiteral("targetFollowers"), [] { return tr("Followers you expect"); },
        [] { return tr("How many followers you expect the hire to bring you to."); });
    identify(
        weeks, QStringLiteral("followerWeeks"), [] { return tr("Weeks to get there"); },
        [] { return tr("How many weeks you give the hire to reach that number."); });
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
        [] {
            return tr("Tick the measures you will judge the hire by, in the order that matters "
                      "to you.");
        },
        choices, [] { return tr("How will you judge the hire?"); },
        [] { return tr("Tick the measures in the order that matters to you."); });
}

QGroupBox *ScenarioFormGroups::budget(QLineEdit *currency, QDoubleSpinBox *salary,
                                      QDoubleSpinBox *adSpend)
{
    identify(
        currency, QStringLiteral("currency"), [] { return tr("Currency"); },
        [] { return tr("The three-letter code of your budget's currency, such as EUR."); });
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
    setUpAmount(
        salary, QStringLiteral("monthlySalary"), [] { return tr("Monthly salary"); },
        [] { return tr("What you mean to pay the hire each month; \"not set\" if undecided."); });
    setUpAmount(
        adSpend, QStringLiteral("monthlyAdSpend"), [] { return tr("Monthly ad spend"); },
        [] {
            return tr("What you mean to spend on advertising each month; \"not set\" if "
                      "undecided.");
        });
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
    identify(
        low, QStringLiteral("growthLow"),
        [] { return tr("Assumed audience growth per month, low"); },
        [] {
            return tr("The low end of the monthly growth the follower chart assumes for the "
                      "role; change it to try your own.");
        });
    identify(
        high, QStringLiteral("growthHigh"),
        [] { return tr("Assumed audience growth per month, high"); },
        [] {
            return tr("The high end of the monthly growth the follower chart assumes for the "
                      "role; change it to try your own.");
        });
    Retranslation::apply(reset, [reset] {
        reset->setText(tr("&Reset"));
        reset->setToolTip(tr("Back to the catalog's assumption for this role"));
        AccessibleText::set(reset, tr("Reset the audience growth"), reset->toolTip());
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
                                           const Text &name, const Text &description,
                                           const Choices &choices, const Text &title,
                                           const Text &note)
{
    identify(list, objectName, name, description);
    list->addChoicesFrom(choices);
    list->fitToChoices();
    return group(title, list, note);
}

void ScenarioFormGroups::identify(QWidget *widget, const QString &objectName, const Text &name,
                                  const Text &description)
{
    widget->setObjectName(objectName);
    AccessibleText::follow(widget, name, description);
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
                                     const Text &name, const Text &description)
{
    identify(box, objectName, name, description);
    box->setRange(kAmountNotSet, Scenario::Budget::kMaxAmount);
    box->setDecimals(2);
    box->setSingleStep(100);
    box->setGroupSeparatorShown(true);
    Retranslation::apply(box, [box] { box->setSpecialValueText(tr("not set")); });
    box->setValue(kAmountNotSet);
}

} // namespace rolelens
