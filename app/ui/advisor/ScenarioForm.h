#pragma once

#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace rolelens {

class CheckList;

// The advisor's questions, in plain language, grouped as an owner would answer them. It
// reads and writes a Scenario and says when the user changed anything. ScenarioFormGroups
// builds the groups.
class ScenarioForm : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioForm(const Catalog &catalog, QWidget *parent = nullptr);

    Scenario scenario() const;
    // Shows a scenario; emits nothing.
    void setScenario(const Scenario &scenario);
    // The role the findings are about: the growth assumption shown, unless the user gave
    // their own, is this role's from the catalog.
    void setJudgedRole(const QString &roleId);
    // Back to the catalog's growth assumption (the Reset button).
    void resetGrowth();
    // The owner's own figure for a measure, or none; the targets table edits it. Emits
    // changed() when it differs from the figure held.
    void setOwnFigure(const QString &metricId, std::optional<double> value);

    QLineEdit *businessName() const { return m_name; }
    QComboBox *businessSize() const { return m_size; }
    QComboBox *considering() const { return m_considering; }
    CheckList *goals() const { return m_goals; }
    CheckList *tasks() const { return m_tasks; }
    CheckList *oneHireCovers() const { return m_covers; }
    QGroupBox *followersBox() const { return m_followersBox; }
    QSpinBox *currentFollowers() const { return m_current; }
    QSpinBox *targetFollowers() const { return m_target; }
    QSpinBox *weeks() const { return m_weeks; }
    CheckList *judgeBy() const { return m_judgeBy; }
    QLineEdit *currency() const { return m_currency; }
    QDoubleSpinBox *salary() const { return m_salary; }
    QDoubleSpinBox *adSpend() const { return m_adSpend; }
    QDoubleSpinBox *growthLow() const { return m_growthLow; }
    QDoubleSpinBox *growthHigh() const { return m_growthHigh; }

signals:
    void changed();

private:
    // Every edit of the user's emits changed(); the growth figures go through growthEdited().
    void connectEdits();
    void nameSpinBoxFields();
    void growthEdited();
    void showGrowth();
    void emitChanged();

    const Catalog &m_catalog;
    QLineEdit *m_name;
    QComboBox *m_size;
    QComboBox *m_considering;
    CheckList *m_goals;
    CheckList *m_tasks;
    CheckList *m_covers;
    QGroupBox *m_followersBox;
    QSpinBox *m_current;
    QSpinBox *m_target;
    QSpinBox *m_weeks;
    CheckList *m_judgeBy;
    QLineEdit *m_currency;
    QDoubleSpinBox *m_salary;
    QDoubleSpinBox *m_adSpend;
    QGroupBox *m_growthBox;
    QLabel *m_growthNote;
    QDoubleSpinBox *m_growthLow;
    QDoubleSpinBox *m_growthHigh;
    QPushButton *m_growthReset;
    QString m_judgedRole;
    std::optional<Scenario::GrowthOverride> m_growthOverride;
    // Kept here, like the growth override, so that the scenario the form gives holds them.
    QMap<QString, double> m_ownFigures;
    // Set while the form itself fills in widgets, so that only the user's edits count.
    bool m_filling = false;
};

} // namespace rolelens
