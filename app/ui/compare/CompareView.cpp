#include "ui/compare/CompareView.h"

#include "base/Logging.h"
#include "charts/ChartViews.h"
#include "charts/MetricChartBuilder.h"
#include "compare/Comparison.h"
#include "i18n/InSentence.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/RoleFilterProxyModel.h"
#include "ui/browse/RoleListModel.h"
#include "ui/compare/ComparisonCommand.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/compare/ExpectedResultsPage.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/ItemToolTipKeys.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WidestWord.h"
#include "ui/widgets/WrappingHeaderView.h"

#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rolelens {
namespace {

// "Ctrl+Z", as the Undo shortcut is written here.
QString undoShortcut()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}

} // namespace

CompareView::CompareView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_chips(new FlowLayout), m_addCombo(new QComboBox),
      m_addableRoles(new RoleFilterProxyModel(this)), m_addButton(new QPushButton),
      m_hint(new QLabel), m_tabs(new QTabWidget), m_table(new QTableView),
      m_tableModel(new ComparisonTableModel(this)),
      m_metricsChart(newChartView(QStringLiteral("metricsChart"))), m_perRoleCharts(new QTabWidget),
      m_results(new ExpectedResultsPage), m_assumptionModel(m_results->assumptionModel()),
      m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("comparisonUndoStack"));
    // One chip per place, made before the fields beside them so that Tab meets them first,
    // in the order they are shown; rebuildPicker shows the ones in use.
    for (int place = 0; place < Comparison::kMaxRoles; ++place) {
        auto *chip = new QToolButton;
        chip->setObjectName(QStringLiteral("roleChip%1").arg(place));
        chip->hide();
        connect(chip, &QToolButton::clicked, this,
                [this, place] { removeRole(m_roleIds.value(place)); });
        m_chips->addWidget(chip);
    }
    m_assumptionModel->setUndoStack(m_undoStack);
    connect(m_results, &ExpectedResultsPage::message, this, &CompareView::message);
    connect(m_results, &ExpectedResultsPage::restoreRequested, this,
            &CompareView::restoreCatalogAssumptions);
    m_addCombo->setObjectName(QStringLiteral("addRoleCombo"));
    // A view of the catalog, not a copy of every title, and sized by the longest of the first
    // titles rather than by measuring each of thousands (again in another language).
    auto *titles = new RoleListModel(catalog, nullptr, m_addableRoles);
    m_addableRoles->setSourceModel(titles);
    m_addCombo->setModel(m_addableRoles);
    m_addCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    Retranslation::apply(m_addCombo, [this, titles] {
        m_addCombo->setMinimumContentsLength(titles->titleLength());
    });
    m_addButton->setObjectName(QStringLiteral("addRoleButton"));
    connect(m_addButton, &QPushButton::clicked, this,
            [this] { addRole(m_addCombo->currentData().toString()); });
    auto *clearButton = new QPushButton;
    clearButton->setObjectName(QStringLiteral("clearComparisonButton"));
    connect(clearButton, &QPushButton::clicked, this, &CompareView::clear);

    auto *picker = new QHBoxLayout;
    auto *comparing = new QLabel;
    picker->addWidget(comparing);
    // The chips wrap onto more lines rather than widen the window.
    picker->addLayout(m_chips, 1);
    picker->addWidget(m_addCombo);
    picker->addWidget(m_addButton);
    picker->addWidget(clearButton);

    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_tableModel);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrow keys move between cells; Tab goes on to the next field instead of through all.
    m_table->setTabKeyNavigation(false);
    ItemToolTipKeys::install(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Four roles in a narrow window: a title takes two lines rather than being cut short.
    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Top-aligned: a tall row scrolled half into view still shows what it is.
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_perRoleCharts->setObjectName(QStringLiteral("perRoleCharts"));

    connect(m_assumptionModel, &AssumptionTableModel::curvesChanged, this,
            &CompareView::refreshCharts);

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    // What the row tints mean, where the table is: the tooltip alone hid it from most readers.
    auto *sideBySide = new QWidget;
    auto *sideBySideLayout = new QVBoxLayout(sideBySide);
    sideBySideLayout->setContentsMargins(0, 0, 0, 0);
    sideBySideLayout->addWidget(m_table, 1);
    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("comparisonLegend"));
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    sideBySideLayout->addWidget(legend);
    m_tabs->addTab(sideBySide, QString());
    m_tabs->addTab(m_metricsChart, QString());
    m_tabs->addTab(m_perRoleCharts, QString());
    m_tabs->addTab(m_results, QString());
    Retranslation::apply(this, [this, clearButton, comparing, legend] {
        m_addButton->setText(tr("&Add"));
        AccessibleText::set(m_addButton, tr("Add to the comparison"),
                            tr("Adds the role chosen in the list beside it to the comparison."));
        AccessibleText::set(m_addCombo, tr("Role to add to the comparison"),
                            tr("The roles not in the comparison yet; Add puts the chosen one in."));
        clearButton->setText(tr("C&lear"));
        AccessibleText::set(clearButton, tr("Clear the comparison"),
                            tr("Removes every role from the comparison; Undo brings them back."));
        comparing->setText(tr("Comparing:"));
        AccessibleText::set(m_table, tr("Side-by-side comparison"),
                            tr("One row for each dimension and one column for each role; a darker "
                               "tint marks where the roles differ, a lighter one where they "
                               "overlap."));
        AccessibleText::set(m_metricsChart, tr("Success metrics of the compared roles"),
                            MetricChartBuilder::groupedMetricsDescription());
        AccessibleText::set(m_perRoleCharts, tr("Each role's success metrics"),
                            tr("A tab for each compared role, with a chart of the metrics it is "
                               "judged by."));
        AccessibleText::set(m_tabs, tr("Comparison views"),
                            tr("The roles side by side, their success metrics, each role's "
                               "metrics and the results expected over time, a tab each."));
        legend->setText(tr("Rows: a darker tint means the roles differ on it, a lighter one "
                           "that they overlap, none that they are the same; \"apart\" names a "
                           "role that shares nothing with the others."));
        m_tabs->setTabText(0, tr("Side by side"));
        m_tabs->setTabText(1, tr("Success metrics"));
        m_tabs->setTabText(2, tr("Each role's metrics"));
        m_tabs->setTabText(3, tr("Expected results over time"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(picker);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);
    rebuild();
}

QChartView *CompareView::resultsChartView() const
{
    return m_results->chartView();
}

void CompareView::showTab(Tab tab)
{
    // The tabs are added in the order of the enum.
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void CompareView::setRoles(const QStringList &roleIds)
{
    QStringList valid;
    for (const auto &id : roleIds) {
        if (m_catalog.role(id) && !valid.contains(id) && valid.size() < Comparison::kMaxRoles) {
            valid.append(id);
        }
    }
    if (valid == m_roleIds) {
        return;
    }
    m_roleIds = valid;
    logger(LogArea::Ui)->debug("comparing {}", m_roleIds.join(QStringLiteral(", ")));
    rebuild();
}

bool CompareView::addRole(const QString &roleId)
{
    const Role *role = m_catalog.role(roleId);
    if (!role) {
        return false;
    }
    if (m_roleIds.contains(roleId)) {
        emit message(tr("%1 is already in the comparison.").arg(role->title));
        return false;
    }
    if (m_roleIds.size() >= Comparison::kMaxRoles) {
        emit message(tr("A comparison holds at most %1 roles; remove one first.")
                         .arg(Comparison::kMaxRoles));
        return false;
    }
    m_undoStack->push(new ComparisonCommand(
        this, tr("add %1 to the comparison").arg(InSentence::label(role->title)),
        m_roleIds + QStringList{roleId}));
    emit message(tr("%1 added to the comparison.").arg(role->title));
    return true;
}

void CompareView::removeRole(const QString &roleId)
{
    const Role *role = m_catalog.role(roleId);
    if (!role || !m_roleIds.contains(roleId)) {
        return;
    }
    QStringList remaining = m_roleIds;
    remaining.removeAll(roleId);
    m_undoStack->push(new ComparisonCommand(
        this, tr("remove %1 from the comparison").arg(InSentence::label(role->title)), remaining));
}

void CompareView::rebuildPicker()
{
    for (int place = 0; place < m_chips->count(); ++place) {
        auto *chip = static_cast<QToolButton *>(m_chips->itemAt(place)->widget());
        const Role *role = m_catalog.role(m_roleIds.value(place));
        chip->setVisible(role != nullptr);
        if (role) {
            chip->setText(role->title + QStringLiteral("  ✕"));
            chip->setToolTip(tr("Remove %1 from the comparison").arg(role->title));
            AccessibleText::set(chip, chip->toolTip(),
                                tr("Takes the role out of the comparison; Undo puts it back."));
        }
    }
    m_addableRoles->setExcludedIds(m_roleIds);
    const bool room = m_roleIds.size() < Comparison::kMaxRoles;
    m_addCombo->setEnabled(room);
    m_addButton->setEnabled(room);
}

void CompareView::rebuild()
{
    rebuildPicker();
    const auto comparison = Comparison::of(m_catalog, m_roleIds);
    if (!comparison) {
        m_tableModel->clear();
        // The hint spells the limits out, as do its translations: new limits need new wording.
        static_assert(Comparison::kMinRoles == 2 && Comparison::kMaxRoles == 4);
        m_hint->setText(
            tr("Pick two to four roles to compare: choose one in the list at the top right "
               "and press Add, or in Browse roles use \"Add to comparison\" in "
               "the role list's context menu, or Ctrl+D on a role."));
        m_hint->show();
    } else {
        m_hint->hide();
        m_tableModel->setComparison(&m_catalog, comparison.value());
        fitColumns();
        m_table->clearSpans();
        for (int row = 0; row < m_tableModel->rowCount(); ++row) {
            if (m_tableModel->rowKind(row) == ComparisonTableModel::RowKind::SharedItems) {
                m_table->setSpan(row, 0, 1, m_tableModel->columnCount());
            }
        }
        // The rows' heights depend on the widths the table is shown at.
        if (isVisible()) {
            m_table->resizeRowsToContents();
        } else {
            m_rowsStale = true;
        }
    }
    m_tabs->setEnabled(comparison.ok());
    refreshCharts();
    // Redraws the results chart through curvesChanged.
    m_assumptionModel->setRoles(&m_catalog, comparison.ok() ? m_roleIds : QStringList());
}

void CompareView::fitColumns()
{
    // Columns share the width, but never so narrow that a word is cut in two (German
    // compounds).
    WidestWord::keepWhole(m_table->horizontalHeader(), m_tableModel->widestWord(fontMetrics()));
}

void CompareView::rebuildCharts()
{
    const bool ready = m_roleIds.size() >= Comparison::kMinRoles;
    replaceChart(m_metricsChart,
                 ready ? MetricChartBuilder::groupedMetrics(m_catalog, m_roleIds, palette())
                       : new QChart);
    while (m_perRoleCharts->count() > 0) {
        QWidget *page = m_perRoleCharts->widget(0);
        m_perRoleCharts->removeTab(0);
        delete page;
    }
    if (ready) {
        for (const auto &id : std::as_const(m_roleIds)) {
            const Role *role = m_catalog.role(id);
            auto *view = newChartView(QStringLiteral("roleChart-") + id);
            AccessibleText::set(view, tr("Success metrics of %1").arg(role->title),
                                MetricChartBuilder::roleMetricsDescription());
            replaceChart(view, MetricChartBuilder::roleMetrics(m_catalog, *role, palette()));
            m_perRoleCharts->addTab(view, role->title);
        }
    }
}

void CompareView::refreshCharts()
{
    // Charts cost more than the rest of the view together: a hidden view (the window
    // starts on another tab) draws them when it is first shown, which keeps start-up short.
    if (!isVisible()) {
        m_chartsStale = true;
        return;
    }
    m_chartsStale = false;
    rebuildCharts();
    m_results->rebuildChart();
}

void CompareView::showEvent(QShowEvent *event)
{
    if (m_rowsStale) {
        m_rowsStale = false;
        m_table->resizeRowsToContents();
    }
    if (m_chartsStale) {
        m_chartsStale = false;
        rebuildCharts();
        m_results->rebuildChart();
    }
    QWidget::showEvent(event);
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshCharts();
    } else if (event->type() == QEvent::LanguageChange) {
        // The catalog's text and the table's and charts' words: the same roles, said anew.
        rebuild();
    }
    QWidget::changeEvent(event);
}

void CompareView::clear()
{
    if (m_roleIds.isEmpty()) {
        return;
    }
    m_undoStack->push(new ComparisonCommand(this, tr("clear the comparison"), {}));
    emit message(tr("Cleared the comparison; %1 brings it back.").arg(undoShortcut()));
}

void CompareView::restoreCatalogAssumptions()
{
    if (!m_assumptionModel->isChanged()) {
        return;
    }
    m_assumptionModel->resetToCatalog();
    emit message(
        tr("Restored the catalog's assumptions; %1 brings yours back.").arg(undoShortcut()));
}

} // namespace rolelens
