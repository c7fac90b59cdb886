// MainWindow, continued: the hiring documents for the Advisor's scenario or the role on
// screen (File > Documents for the hire), and the agreement recorded once it is issued.

#include "report/builders/AgreementDocument.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/window/DocumentsDialog.h"
#include "ui/window/MainWindow.h"

#include <QDate>
#include <QStatusBar>

namespace rolelens {

Scenario MainWindow::documentsScenario() const
{
    if (currentView() == View::Advisor) {
        return m_session->scenario();
    }
    Scenario scenario;
    scenario.considering = m_browse->selectedRoleId();
    return scenario;
}

void MainWindow::openDocuments()
{
    const Scenario scenario = documentsScenario();
    const bool advisorScenario = currentView() == View::Advisor;
    DocumentsDialog dialog(m_catalog, scenario, m_advisor->advise(scenario), *this);
    if (advisorScenario) {
        dialog.allowKeeping(
            [this](const QStringList &keeps) { advisorView()->form()->setJobPostKeeps(keeps); });
    }
    connect(&dialog, &DocumentsDialog::exported, this,
            [this, advisorScenario](HiringDocuments::Kind kind) {
                if (advisorScenario && kind == HiringDocuments::Kind::Agreement) {
                    recordIssuedAgreement();
                }
            });
    dialog.exec();
}

void MainWindow::recordIssuedAgreement()
{
    AdvisorView *advisor = advisorView();
    const Scenario scenario = advisor->scenario();
    const Scenario::IssuedAgreement issued =
        AgreementDocument::issue(m_catalog, scenario, advisor->advice(), QDate::currentDate());
    if (scenario.issuedAgreement == issued) {
        return;
    }
    advisor->form()->setIssuedAgreement(issued);
    statusBar()->showMessage(
        tr("Agreement version %1 recorded in the scenario: save it, and the next agreement "
           "lists what changed since.")
            .arg(issued.version),
        10000);
}

} // namespace rolelens
