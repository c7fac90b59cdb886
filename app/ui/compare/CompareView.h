#pragma once

#include "catalog/Catalog.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;
QT_END_NAMESPACE

namespace rolelens {

class FlowLayout;

class AssumptionTableModel;
class ComparisonTableModel;
class ExpectedResultsPage;
class RoleFilterProxyModel;

// Compare 2-4 roles: the side-by-side table, the metric charts, and the expected results
// over time with their assumptions. Adding, removing and clearing roles and editing the
// assumptions go through its undo stack (ComparisonCommand, AssumptionCommand).
class CompareView : public QWidget {
    Q_OBJECT

public:
    enum class Tab { SideBySide, Metrics, PerRole, Results };

    explicit CompareView(const Catalog &catalog, QWidget *parent = nullptr);

    void showTab(Tab tab);

    // Unknown ids are skipped; at most four roles are kept. Not an edit of the user's (a
    // session restored, a command line): nothing is recorded to undo.
    void setRoles(const QStringList &roleIds);
    const QStringList &roles() const { return m_roleIds; }
    // False (with a status message) when the role is already there or four are compared.
    // Undoable, as are removeRole() and clear().
    bool addRole(const QString &roleId);
    void removeRole(const QString &roleId);
    // Removes every role; the status bar says how to bring them back.
    void clear();
    QUndoStack *undoStack() const { return m_undoStack; }

    ComparisonTableModel *tableModel() const { return m_tableModel; }
    AssumptionTableModel *assumptionModel() const { return m_assumptionModel; }
    QChartView *metricsChartView() const { return m_metricsChart; }
    QChartView *resultsChartView() const;
    QTabWidget *perRoleCharts() const { return m_perRoleCharts; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildCharts();
    // The table's least column width: its widest word.
    void fitColumns();
    // Rebuilds both now when the view is visible, or marks them for its next showing.
    void refreshCharts();
    void rebuildPicker();
    void restoreCatalogAssumptions();

    const Catalog &m_catalog;
    QStringList m_roleIds;
    bool m_chartsStale = false;
    bool m_rowsStale = false;
    FlowLayout *m_chips;
    QComboBox *m_addCombo;
    RoleFilterProxyModel *m_addableRoles; // every role not compared yet
    QPushButton *m_addButton;
    QLabel *m_hint;
    QTabWidget *m_tabs;
    QTableView *m_table;
    ComparisonTableModel *m_tableModel;
    QChartView *m_metricsChart;
    QTabWidget *m_perRoleCharts;
    ExpectedResultsPage *m_results;
    AssumptionTableModel *m_assumptionModel; // the page's

    QUndoStack *m_undoStack;
};

} // namespace rolelens
