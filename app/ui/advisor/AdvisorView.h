#pragma once

#include "advisor/Advice.h"
#include "advisor/Advisor.h"
#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChartView;
class QEvent;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;
QT_END_NAMESPACE

namespace rolelens {

class ChartPanel;
class FindingsTree;
class PlanTree;
class RecommendationList;
class ScenarioForm;
class TargetsTable;

// The Advisor tab: the scenario form on the left; on the right, updated on every change, the
// hiring plan (the ranking of the roles that fit behind it, on a tab of its own), the
// findings, realistic targets and the follower chart.
class AdvisorView : public QWidget {
    Q_OBJECT

public:
    // `advisor` is the catalog's, perhaps prepared already (it shares what it worked out).
    AdvisorView(const Catalog &catalog, const Advisor &advisor, QWidget *parent = nullptr);

    Scenario scenario() const;
    // Shows a scenario and its advice; emits nothing.
    void setScenario(const Scenario &scenario);
    // The form scrolled to its top and the keyboard in its first field, for a new scenario.
    void focusFirstField();
    const Advice &advice() const { return m_advice; }
    const Advisor &advisor() const { return m_advisor; }

    ScenarioForm *form() const { return m_form; }
    FindingsTree *findings() const { return m_findings; }
    PlanTree *plan() const { return m_plan; }
    RecommendationList *recommendations() const { return m_recommendations; }
    QTabWidget *planTabs() const { return m_planTabs; }
    TargetsTable *targets() const { return m_targets; }
    ChartPanel *chartPanel() const { return m_chart; }
    QSplitter *splitter() const { return m_splitter; }
    QSplitter *resultsSplitter() const { return m_results; }

signals:
    // The user changed the scenario.
    void scenarioChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildChart();
    static QWidget *titled(const std::function<QString()> &title, QWidget *content,
                           QLabel *summary = nullptr);

    const Catalog &m_catalog;
    Advisor m_advisor;
    Advice m_advice;
    ScenarioForm *m_form;
    QScrollArea *m_formArea;
    PlanTree *m_plan;
    RecommendationList *m_recommendations;
    QTabWidget *m_planTabs;
    FindingsTree *m_findings;
    QLabel *m_findingsSummary;
    TargetsTable *m_targets;
    ChartPanel *m_chart;
    QSplitter *m_results;
    QSplitter *m_splitter;
};

} // namespace rolelens
