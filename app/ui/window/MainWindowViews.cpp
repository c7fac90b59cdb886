// MainWindow, continued: its views, built when first shown or asked for (LazyPage) or just
// after the window's first paint, and which one is on screen.

#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/map/RoleMapView.h"
#include "ui/window/DocumentExport.h"
#include "ui/window/EditCommands.h"
#include "ui/window/LazyPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowState.h"

#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace rolelens {

CompareView *MainWindow::createCompareView()
{
    auto *view = new CompareView(m_catalog);
    m_state->restoreView(View::Compare, view);
    connect(view, &CompareView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_edit->setComparisonStack(view->undoStack());
    return view;
}

AdvisorView *MainWindow::createAdvisorView()
{
    auto *view = new AdvisorView(m_catalog, *m_advisor);
    m_state->restoreView(View::Advisor, view);
    m_session->attachView(view);
    return view;
}

SelfCheckView *MainWindow::createSelfCheckView()
{
    auto *view = new SelfCheckView(m_catalog);
    m_state->restoreView(View::SelfCheck, view);
    connect(view, &SelfCheckView::roleLinkActivated, this, [this](const QString &roleId) {
        m_browse->selectRole(roleId);
        showView(View::Browse);
    });
    connect(view, &SelfCheckView::saveRequested, this,
            [this, view] { DocumentExport::saveAs(*this, m_catalog, view->document()); });
    return view;
}

SelfCheckView *MainWindow::selfCheckView() const
{
    return m_selfCheckPage ? static_cast<SelfCheckView *>(m_selfCheckPage->view()) : nullptr;
}

bool MainWindow::isSelfCheckViewBuilt() const
{
    return m_selfCheckPage && m_selfCheckPage->isBuilt();
}

CompareView *MainWindow::compareView() const
{
    return m_comparePage ? static_cast<CompareView *>(m_comparePage->view()) : nullptr;
}

AdvisorView *MainWindow::advisorView() const
{
    return m_advisorPage ? static_cast<AdvisorView *>(m_advisorPage->view()) : nullptr;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Paint) {
        m_tabs->removeEventFilter(this);
        // Queued behind this paint and whatever input is waiting.
        QTimer::singleShot(0, this, &MainWindow::buildNextHiddenView);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildNextHiddenView()
{
    // Not the map: it draws every role, seconds of work with a generated catalog of thousands,
    // which would hold up the window just after it appears; it is built when first shown.
    for (LazyPage *page : {m_comparePage, m_advisorPage, m_selfCheckPage}) {
        if (!page->isBuilt()) {
            page->view();
            QTimer::singleShot(0, this, &MainWindow::buildNextHiddenView);
            return;
        }
    }
}

bool MainWindow::isCompareViewBuilt() const
{
    return m_comparePage && m_comparePage->isBuilt();
}

bool MainWindow::isAdvisorViewBuilt() const
{
    return m_advisorPage && m_advisorPage->isBuilt();
}

void MainWindow::showView(View view)
{
    if (!m_tabs) {
        return;
    }
    switch (view) {
    case View::Browse:
        m_tabs->setCurrentWidget(m_browse);
        break;
    case View::Compare:
        m_tabs->setCurrentWidget(m_comparePage);
        break;
    case View::Advisor:
        m_tabs->setCurrentWidget(m_advisorPage);
        break;
    case View::SelfCheck:
        m_tabs->setCurrentWidget(m_selfCheckPage);
        break;
    case View::Map:
        m_tabs->setCurrentWidget(m_mapPage);
        break;
    }
}

MainWindow::View MainWindow::currentView() const
{
    if (!m_tabs) {
        return View::Browse;
    }
    if (m_tabs->currentWidget() == m_comparePage) {
        return View::Compare;
    }
    if (m_tabs->currentWidget() == m_selfCheckPage) {
        return View::SelfCheck;
    }
    if (m_tabs->currentWidget() == m_mapPage) {
        return View::Map;
    }
    return m_tabs->currentWidget() == m_advisorPage ? View::Advisor : View::Browse;
}

RoleMapView *MainWindow::createMapView()
{
    auto *view = new RoleMapView(m_catalog);
    // A role clicked on the map opens its profile, as a link in a profile does.
    connect(view, &RoleMapView::roleActivated, this, [this](const QString &roleId) {
        m_browse->selectRole(roleId);
        showView(View::Browse);
    });
    return view;
}

RoleMapView *MainWindow::mapView() const
{
    return m_mapPage ? static_cast<RoleMapView *>(m_mapPage->view()) : nullptr;
}

bool MainWindow::isMapViewBuilt() const
{
    return m_mapPage && m_mapPage->isBuilt();
}

} // namespace rolelens
