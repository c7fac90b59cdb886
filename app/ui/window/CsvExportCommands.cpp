#include "ui/window/CsvExportCommands.h"

#include "compare/Comparison.h"
#include "io/AtomicFile.h"
#include "report/CsvRenderer.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/widgets/Retranslation.h"
#include "ui/window/ExportPath.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

namespace rolelens {

using View = MainWindow::View;

CsvExportCommands *CsvExportCommands::install(MainWindow *window, QMenu *menu)
{
    return new CsvExportCommands(*window, *menu);
}

CsvExportCommands::CsvExportCommands(MainWindow &window, QMenu &menu)
    : QObject(&window), m_window(window), m_action(new QAction(&window))
{
    m_action->setObjectName(QStringLiteral("actionExportCsv"));
    connect(m_action, &QAction::triggered, this, &CsvExportCommands::exportCsv);
    window.addAction(m_action);
    menu.addAction(m_action);
    // The view and what it shows change without telling: the menu asks as it opens. Whether
    // there is a table to export means building the document, so only then: not at start-up,
    // not on each change of language.
    connect(&menu, &QMenu::aboutToShow, this, &CsvExportCommands::follow);
    Retranslation::apply(&window, [this] { nameAfterView(); });
}

void CsvExportCommands::follow()
{
    nameAfterView();
    m_action->setEnabled(CsvRenderer::tableCount(onScreen()) > 0);
}

void CsvExportCommands::nameAfterView()
{
    switch (m_window.currentView()) {
    case View::Compare:
        m_action->setText(tr("Export comparison as &CSV…"));
        break;
    case View::Advisor:
        m_action->setText(tr("Export targets as &CSV…"));
        break;
    case View::Browse:
        m_action->setText(tr("Export profile as &CSV…"));
        break;
    case View::SelfCheck:
        m_action->setText(tr("Export self-check as &CSV…"));
        break;
    case View::Map:
        m_action->setText(tr("Export as &CSV…")); // the map has no table: disabled
        break;
    }
    m_action->setStatusTip(tr("Save the tables on screen as a CSV file for a spreadsheet: the "
                              "comparison's, the advice's realistic targets, the profile's or "
                              "the self-check's"));
}

Document CsvExportCommands::onScreen() const
{
    const Catalog &catalog = m_window.catalog();
    switch (m_window.currentView()) {
    case View::Compare: {
        const CompareView *compare = m_window.compareView();
        const auto comparison = Comparison::of(catalog, compare->roles());
        if (!comparison) {
            return Document();
        }
        return ComparisonDocument::tables(catalog, comparison.value(),
                                          compare->assumptionModel()->curves());
    }
    case View::Advisor:
        return AdviceDocument::targets(catalog, m_window.advisorView()->advice());
    case View::SelfCheck:
        return m_window.selfCheckView()->document();
    case View::Browse:
        if (const Role *role = catalog.role(m_window.browseView()->selectedRoleId())) {
            return ProfileDocument::build(catalog, *role);
        }
        break;
    case View::Map:
        break;
    }
    return Document();
}

bool CsvExportCommands::exportCsv()
{
    const Document document = onScreen();
    const qsizetype tables = CsvRenderer::tableCount(document);
    if (tables == 0) {
        m_window.statusBar()->showMessage(tr("Nothing to export as CSV: no table is shown."), 5000);
        return false;
    }
    const QString path = ExportPath::ask(&m_window, tr("Export as CSV"), document.title(),
                                         QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    const auto error =
        AtomicFile::write(path, CsvRenderer::fileContents(document, m_window.catalog()));
    return ExportPath::report(m_window, tr("Export as CSV"), path, error.value_or(QString()),
                              tr("Saved %1 (%n table(s)).", nullptr, static_cast<int>(tables))
                                  .arg(QDir::toNativeSeparators(path)));
}

} // namespace rolelens
