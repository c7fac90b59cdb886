#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace rolelens {

MainWindow::MainWindow(Catalog catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setWindowTitle(tr("RoleLens"));
    auto *roles = new QListWidget(this);
    roles->setAccessibleName(tr("Roles"));
    for (const auto &role : m_catalog.roles()) {
        roles->addItem(role.title);
    }
    setCentralWidget(roles);
    createMenus();
    statusBar()->showMessage(tr("Roles in the catalog: %1").arg(m_catalog.roles().size()));
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About RoleLens"), this, [this] {
        QMessageBox::about(this, tr("About RoleLens"),
                           tr("<h3>RoleLens %1</h3><p>A hiring-expectations advisor: what each "
                              "role is for, how it is judged, and what it does not do.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

} // namespace rolelens
