#pragma once

#include "catalog/Catalog.h"
#include "ui/advisor/CheckListModel.h"

#include <QCoreApplication>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QObject;
class QPushButton;
class QSpinBox;
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

class CheckList;

// The groups of the scenario form, one builder each, in the order the form shows them: each
// sets up the form's widgets of its group (names, ranges, choices) and lays them out in a box.
// The form keeps the widgets, reads and writes them and connects them.
class ScenarioFormGroups {
    // The strings were the form's, and are translated under its name.
    Q_DECLARE_TR_FUNCTIONS(rolelens::ScenarioForm)

public:
    // An amount spin box at its minimum stands for "not set" (an amount of 0 is an answer
    // too).
    static constexpr double kAmountNotSet = -1;

    static QGroupBox *business(QLineEdit *name, QComboBox *size);
    // `owner` holds the choices' models.
    static QGroupBox *consideredRole(QComboBox *considering, const Catalog &catalog,
                                     QObject *owner);
    static QGroupBox *goals(CheckList *goals, const Catalog &catalog);
    static QGroupBox *tasks(CheckList *tasks, const Catalog &catalog);
    static QGroupBox *oneHireCovers(CheckList *covers, const Catalog &catalog);
    // Checkable: ticked, the scenario expects a number of followers by a date.
    static QGroupBox *followers(QSpinBox *current, QSpinBox *target, QSpinBox *weeks);
    static QGroupBox *judgedBy(CheckList *judgeBy, const Catalog &catalog);
    static QGroupBox *budget(QLineEdit *currency, QDoubleSpinBox *salary, QDoubleSpinBox *adSpend);
    static QGroupBox *growth(QLabel *note, QDoubleSpinBox *low, QDoubleSpinBox *high,
                             QPushButton *reset);

private:
    // Texts are functions, asked again whenever the language changes (Retranslation).
    using Text = std::function<QString()>;
    using Choices = std::function<QList<CheckListModel::Choice>()>;

    static QGroupBox *group(const Text &title, QWidget *content, const Text &note = {});
    static QGroupBox *choiceGroup(CheckList *list, const QString &objectName, const Text &name,
                                  const Text &description, const Choices &choices,
                                  const Text &title, const Text &note = {});
    // The object name is what tests find the widget by; the name and description, what screen
    // readers say (AccessibleText).
    static void identify(QWidget *widget, const QString &objectName, const Text &name,
                         const Text &description);
    // The rows of a group, edge to edge in its box.
    static QFormLayout *rows(QWidget *content);
    // A row of `layout`: `label` (with its shortcut) for `field`.
    static void addRow(QFormLayout *layout, const Text &label, QWidget *field);
    static void setUpAmount(QDoubleSpinBox *box, const QString &objectName, const Text &name,
                            const Text &description);
};

} // namespace rolelens
