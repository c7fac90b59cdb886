#pragma once

#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QPointer>
#include <QUndoStack>
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
// reads and writes a Scenario and says when the user changed anything; given an undo stack,
// it records each change there (ScenarioEditCommand) so that it can be undone. ScenarioFormGroups
// builds the groups.
class ScenarioForm : public QWidget {
    Q_OBJECT

public:
    // What a change is recorded for: consecutive changes of one field (a figure being typed)
    // can become one step of undo.
    enum class Field {
        BusinessName,
        BusinessSize,
        Considering,
        Goals,
        Tasks,
        OneHireCovers,
        Followers,
        CurrentFollowers,
        TargetFollowers,
        Weeks,
        JudgeBy,
        Currency,
        Salary,
        AdSpend,
        Growth,
        GrowthReset,
        OwnFigure,
        IssuedAgreement,
        JobPostKeeps
    };
    // What undo brings back: the scenario, and the follower figures the form keeps while the
    // followers group is unticked (ticking it again shows them).
    struct State {
        Scenario scenario;
        Scenario::Followers followers;

        bool operator==(const State &) const = default;
    };

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
    // Records the expectations agreement just issued, so that the next says what changed.
    void setIssuedAgreement(const Scenario::IssuedAgreement &issued);
    // The tasks given to another role that the owner keeps in the job post anyway.
    void setJobPostKeeps(const QStringList &taskIds);

    // From now on every change of the user's is pushed onto `stack`; null: none is recorded.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undoStack; }
    State state() const;
    // Shows a state again, as undo and redo do: emits changed(), then fieldRestored() with the
    // field's widget (null when the field is not on the form).
    void restore(const State &state, Field field);
    QWidget *widgetOf(Field field) const;

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
    void fieldRestored(QWidget *field);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every edit of the user's goes through edited(); the growth figures through growthEdited().
    void connectEdits();
    void growthEdited();
    void showGrowth();
    // Records the change (if the scenario did change) and emits changed(). `metricId`: the
    // measure of an own figure.
    void edited(Field field, const QString &metricId = {});
    // Fills the widgets in; emits nothing.
    void fill(const State &state);

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
    std::optional<Scenario::IssuedAgreement> m_issuedAgreement;
    // Kept as the file has it: the form has no field for it, and saving must not drop it.
    QStringList m_jobPostKeeps;
    // Set while the form itself fills in widgets, so that only the user's edits count.
    bool m_filling = false;
    // The session's, which may go first when the window closes.
    QPointer<QUndoStack> m_undoStack;
    // The state as last shown or recorded: an edit is recorded as from this state to the new.
    State m_recorded;
};

} // namespace rolelens
