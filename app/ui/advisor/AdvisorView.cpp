#include "ui/advisor/AdvisorView.h"

#include "charts/FollowerChartBuilder.h"
#include "i18n/Punctuation.h"
#include "ui/advisor/FindingsTree.h"
#include "ui/advisor/PlanTree.h"
#include "ui/advisor/RecommendationList.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/TargetsTable.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/Retranslation.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rolelens {

AdvisorView::AdvisorView(const Catalog &catalog, const Advisor &advisor, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_advisor(advisor), m_form(new ScenarioForm(catalog)),
      m_formArea(new QScrollArea), m_plan(new PlanTree(catalog)),
      m_recommendations(new RecommendationList(catalog)), m_planTabs(new QTabWidget),
      m_findings(new FindingsTree(catalog)), m_findingsSummary(new QLabel),
      m_targets(new TargetsTable(catalog)), m_chart(new ChartPanel),
      m_results(new QSplitter(Qt::Vertical)), m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("advisorView"));
    m_formArea->setObjectName(QStringLiteral("scenarioFormArea"));
    // Its fields are the stops; focusing one scrolls it into view.
    m_formArea->setFocusPolicy(Qt::NoFocus);
    m_formArea->setWidget(m_form);
    m_formArea->setWidgetResizable(true);
    m_formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formArea->setMinimumWidth(m_form->minimumSizeHint().width() + 24);

    m_chart->view()->setObjectName(QStringLiteral("followerChart"));
    // As low as the chart can go with its axes readable; title and legend are beside it.
    m_chart->view()->setMinimumHeight(90);
    m_findingsSummary->setObjectName(QStringLiteral("findingsSummary"));

    // The plan comes first; the ranking behind it is the detail, one tab away.
    m_planTabs->setObjectName(QStringLiteral("planTabs"));
    m_planTabs->addTab(m_plan, QString());
    m_planTabs->addTab(m_recommendations, QString());
    Retranslation::apply(this, [this] {
        m_formArea->setAccessibleName(tr("Your scenario"));
        AccessibleText::set(m_chart->view(), tr("Follower chart"),
                            FollowerChartBuilder::description());
        AccessibleText::set(m_planTabs, tr("Hiring plan and ranking"),
                            tr("The hiring plan, and the roles ranked by how well they fit, a "
                               "tab each."));
        m_planTabs->setTabText(0, tr("Hiring plan"));
        m_planTabs->setTabText(1, tr("Roles that fit, ranked"));
    });
    m_planTabs->setDocumentMode(true);
    // Both tabs' names in full: the pane is never narrower than they are, rather than hiding
    // the second behind scroll arrows (on a small screen, in a longer language).
    m_planTabs->tabBar()->setUsesScrollButtons(false);

    // The plan and the chart share the top row; findings and targets need the full width.
    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("advisorTopSplitter"));
    top->addWidget(m_planTabs);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    // Starting proportions; the window's settings restore the user's own.
    top->setSizes({400, 400});

    m_results->setObjectName(QStringLiteral("advisorResultsSplitter"));
    m_results->addWidget(top);
    m_results->addWidget(
        titled([] { return tr("What to look out for"); }, m_findings, m_findingsSummary));
    m_results->addWidget(titled([] { return tr("What to judge the hire by instead"); }, m_targets));
    m_results->setStretchFactor(0, 3);
    m_results->setStretchFactor(1, 3);
    m_results->setStretchFactor(2, 3);
    m_results->setChildrenCollapsible(false);
    // Starting proportions. The chart's title, legend and axis labels grow with the font, while
    // the lists below scroll: with a larger font, the chart's row takes more of the height.
    constexpr int kChartRowLines = 21;
    m_results->setSizes({kChartRowLines * fontMetrics().lineSpacing(), 220, 270});

    m_splitter->setObjectName(QStringLiteral("advisorSplitter"));
    m_splitter->addWidget(m_formArea);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_form, &ScenarioForm::changed, this, [this] {
        refresh();
        emit scenarioChanged();
    });
    // An undone change shows where it was, even when the form was scrolled elsewhere.
    connect(m_form, &ScenarioForm::fieldRestored, this, [this](QWidget *field) {
        if (field) {
            m_formArea->ensureWidgetVisible(field);
        }
    });
    // Queued: the refresh the edit causes rebuilds the table, which must not happen while the
    // table is still committing the edit.
    connect(
        m_targets, &TargetsTable::ownFigureEdited, this,
        [this](const QString &metricId, const QVariant &value) {
            m_form->setOwnFigure(metricId, value.isValid() ? std::optional<double>(value.toDouble())
                                                           : std::nullopt);
        },
        Qt::QueuedConnection);
    refresh();
}

QWidget *AdvisorView::titled(const std::function<QString()> &title, QWidget *content,
                             QLabel *summary)
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    auto *label = new QLabel;
    Retranslation::apply(label, [label, title] {
        label->setText(QStringLiteral("<b>%1</b>").arg(title().toHtmlEscaped()));
    });
    label->setBuddy(content);
    heading->addWidget(label);
    heading->addStretch();
    if (summary) {
        heading->addWidget(summary);
    }
    layout->addLayout(heading);
    layout->addWidget(content);
    return panel;
}

Scenario AdvisorView::scenario() const
{
    return m_form->scenario();
}

void AdvisorView::setScenario(const Scenario &scenario)
{
    m_form->setScenario(scenario);
    refresh();
}

void AdvisorView::focusFirstField()
{
    m_formArea->verticalScrollBar()->setValue(0);
    m_form->businessName()->setFocus(Qt::OtherFocusReason);
}

void AdvisorView::refresh()
{
    const Scenario scenario = m_form->scenario();
    m_advice = m_advisor.advise(scenario);
    m_form->setJudgedRole(m_advice.judgedRoleId);
    m_plan->setAdvice(m_advice);
    m_recommendations->setAdvice(m_advice);
    m_findings->setAdvice(m_advice);
    QStringList counts;
    for (const auto severity :
         {Advice::Severity::Critical, Advice::Severity::Warning, Advice::Severity::Info}) {
        if (const int count = m_advice.count(severity)) {
            counts.append(Advice::severityCount(severity, count));
        }
    }
    m_findingsSummary->setText(counts.join(QStringLiteral(" · ")));
    m_targets->setAdvice(m_advice);
    rebuildChart();
}

void AdvisorView::rebuildChart()
{
    m_chart->setChart(FollowerChartBuilder::build(
        m_form->scenario(), m_catalog.role(m_advice.judgedRoleId), palette()));
}

void AdvisorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        rebuildChart();
    } else if (event->type() == QEvent::LanguageChange) {
        // The same scenario, advised again in the new language (findings, plan, targets).
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace rolelens
