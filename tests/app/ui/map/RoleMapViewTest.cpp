// The Role map tab: one node per role, a click or Enter opens the profile, zoom, exports, and
// the roles of an extra catalog file.

#include "ui/map/RoleMapView.h"

#include "app/ui/window/MainWindowTest.h"
#include "catalog/CatalogLoader.h"
#include "diagram/MapEdgeItem.h"
#include "diagram/MapExport.h"
#include "diagram/MapNodeItem.h"
#include "diagram/MapScene.h"
#include "support/CatalogGenerator.h"
#include "support/GeneratedCatalog.h"
#include "support/SvgText.h"
#include "ui/browse/BrowseView.h"
#include "ui/map/MapGraphicsView.h"
#include "ui/window/Dialogs.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

namespace rolelens {
namespace {

class RoleMapViewTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        m_window->showView(MainWindow::View::Map);
        QCoreApplication::processEvents();
    }

    RoleMapView *view() const { return m_window->mapView(); }
    MapScene *scene() const { return view()->scene(); }

    // A click at the middle of the role's node, as a user would make it.
    void clickRole(const QString &roleId)
    {
        MapGraphicsView *graphics = view()->graphicsView();
        MapNodeItem *node = scene()->nodeItem(roleId);
        ASSERT_NE(node, nullptr);
        graphics->ensureVisible(node);
        const QPoint at = graphics->mapFromScene(node->sceneBoundingRect().center());
        QTest::mouseClick(graphics->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }

    QByteArray exported(const char *action, const QString &path)
    {
        Dialogs::setNextSaveFileName(path);
        m_window->findChild<QAction *>(QLatin1String(action))->trigger();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
        return file.readAll();
    }
};

TEST_F(RoleMapViewTest, IsTheFifthTabWithOneNodePerRole)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(4), QStringLiteral("Role &map"));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Map);
    const auto &nodes = scene()->nodeItems();
    const auto &roles = m_window->catalog().roles();
    ASSERT_EQ(nodes.size(), roles.size());
    for (qsizetype i = 0; i < roles.size(); ++i) {
        EXPECT_EQ(nodes.at(i)->roleId(), roles.at(i).id);
        EXPECT_EQ(nodes.at(i)->title(), roles.at(i).title);
    }
    EXPECT_EQ(scene()->edgeItems().size(), scene()->map().edges().size());
    // Every line has its tooltip, naming what it stands for.
    for (const MapEdgeItem *edge : scene()->edgeItems()) {
        EXPECT_FALSE(edge->toolTip().isEmpty());
    }
}

TEST_F(RoleMapViewTest, ClickingARoleOpensItsProfileInBrowse)
{
    clickRole(QStringLiteral("community-manager"));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Browse);
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("community-manager"));
}

TEST_F(RoleMapViewTest, TabReachesTheRolesAndReturnOpensTheFocusedOne)
{
    MapGraphicsView *graphics = view()->graphicsView();
    graphics->setFocus();
    QTest::keyClick(graphics, Qt::Key_Tab);
    const auto *first = dynamic_cast<MapNodeItem *>(scene()->focusItem());
    ASSERT_NE(first, nullptr);
    // The top of the map: the role that supervises others.
    EXPECT_EQ(first->roleId(), QStringLiteral("marketing-strategist"));
    EXPECT_EQ(scene()->highlightedRole(), first->roleId());
    QTest::keyClick(graphics, Qt::Key_Down);
    const auto *below = dynamic_cast<MapNodeItem *>(scene()->focusItem());
    ASSERT_NE(below, nullptr);
    EXPECT_GT(below->y(), first->y());
    const QString opened = below->roleId();
    QTest::keyClick(graphics, Qt::Key_Return);
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Browse);
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), opened);
}

TEST_F(RoleMapViewTest, ZoomChangesTheTransformAndFitRestoresIt)
{
    MapGraphicsView *graphics = view()->graphicsView();
    const double fitted = graphics->transform().m11();
    EXPECT_GT(fitted, 0.0);
    view()->zoomInAction()->trigger();
    EXPECT_NEAR(graphics->transform().m11(), fitted * 1.25, 1e-9);
    EXPECT_FALSE(graphics->isFitted());
    view()->zoomOutAction()->trigger();
    view()->zoomOutAction()->trigger();
    EXPECT_NEAR(graphics->transform().m11(), fitted / 1.25, 1e-9);
    // Ctrl+0, while the map has the focus.
    graphics->setFocus();
    QTest::keyClick(graphics, Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(graphics->transform().m11(), fitted, 1e-9);
    EXPECT_TRUE(graphics->isFitted());
    // The whole map is in view once fitted.
    const QRectF shown = graphics->mapToScene(graphics->viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.adjusted(-1, -1, 1, 1).contains(scene()->contentRect()));
}

TEST_F(RoleMapViewTest, PointingAtARoleHighlightsItsLinesAndDimsTheOthers)
{
    const QString manager = QStringLiteral("social-media-manager");
    scene()->highlight(manager);
    int highlighted = 0;
    for (const MapEdgeItem *edge : scene()->edgeItems()) {
        const bool touches = edge->edge().from == manager || edge->edge().to == manager;
        EXPECT_EQ(edge->isHighlighted(), touches);
        EXPECT_EQ(edge->opacity() < 1.0, !touches);
        highlighted += touches ? 1 : 0;
    }
    EXPECT_EQ(highlighted, scene()->map().edgesOf(manager).size());
}

TEST_F(RoleMapViewTest, ExportsAnSvgWithEveryRolesTitle)
{
    QTemporaryDir folder;
    const QByteArray svg =
        exported("actionExportMapSvg", folder.filePath(QStringLiteral("roles.svg")));
    const QString text = testing::svgText(svg);
    for (const auto &role : m_window->catalog().roles()) {
        EXPECT_TRUE(text.contains(role.title)) << qPrintable(role.title);
    }
    // The legend goes with the drawing, without the window's hints.
    EXPECT_TRUE(text.contains(QStringLiteral("How the roles relate")));
    EXPECT_FALSE(text.contains(QStringLiteral("Click a role")));
}

TEST_F(RoleMapViewTest, ExportsAPdfFromItsMenuEntryAndFromExportPdf)
{
    QTemporaryDir folder;
    for (const char *action : {"actionExportMapPdf", "actionExportPdf"}) {
        const QByteArray pdf =
            exported(action, folder.filePath(QLatin1String(action) + QStringLiteral(".pdf")));
        EXPECT_TRUE(pdf.startsWith("%PDF-")) << action;
        EXPECT_GT(pdf.size(), 1000) << action;
        EXPECT_TRUE(pdf.contains("/Title")) << action;
    }
}

// Print and Print Preview take the sheet of what is on screen: here, the map.
TEST_F(RoleMapViewTest, TheSheetOnScreenIsTheMap)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheet.pdf"));
    int pages = 0;
    ASSERT_TRUE(PdfExport::write(path, m_window->currentDocument(), PdfExport::Paper::A4, &pages)
                    .isEmpty());
    EXPECT_EQ(pages, 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    // The sheet's title, then the map with its legend.
    EXPECT_TRUE(words.contains(QStringLiteral("Role map How the roles relate")))
        << qPrintable(words.left(300));
    EXPECT_TRUE(words.contains(QStringLiteral("Community manager")));
}

TEST_F(RoleMapViewTest, TheExportsAreInTheFileMenuOnTheMapOnly)
{
    QAction *svg = m_window->findChild<QAction *>(QStringLiteral("actionExportMapSvg"));
    ASSERT_NE(svg, nullptr);
    EXPECT_TRUE(svg->isVisible());
    m_window->showView(MainWindow::View::Compare);
    EXPECT_FALSE(svg->isVisible());
}

TEST_F(RoleMapViewTest, TitlesFollowTheLanguage)
{
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents();
    const MapNodeItem *strategist = scene()->nodeItem(QStringLiteral("marketing-strategist"));
    ASSERT_NE(strategist, nullptr);
    EXPECT_EQ(strategist->title(),
              m_window->catalog().role(QStringLiteral("marketing-strategist"))->title);
    EXPECT_NE(strategist->title(), QStringLiteral("Marketing strategist"));
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("en")));
}

// Roles a catalog file adds are on the map, and twenty of them still leave every node clear
// of the others.
TEST(RoleMapViewExtraCatalog, AnExtraCatalogFilesRolesAreOnTheMapWithoutOverlaps)
{
    auto catalog = bench::loadWithBuiltIn({bench::generateCatalog(11, 5)});
    ASSERT_TRUE(catalog.ok());
    ASSERT_EQ(catalog->roles().size(), 20);
    const QString added = catalog->roles().last().id;
    MainWindow window(std::move(catalog).value());
    window.show();
    window.showView(MainWindow::View::Map);
    QCoreApplication::processEvents();
    const MapScene *scene = window.mapView()->scene();
    ASSERT_EQ(scene->nodeItems().size(), 20);
    ASSERT_NE(scene->nodeItem(added), nullptr);
    const auto &nodes = scene->nodeItems();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        // The node is as large as its text needs: nothing clipped.
        EXPECT_EQ(
            nodes.at(i)->boundingRect().size().toSize(),
            (MapNodeItem::measure(scene->map().nodes().at(i), MapStyle(window.palette())).toSize() +
             QSize(6, 6)));
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            EXPECT_FALSE(
                nodes.at(i)->sceneBoundingRect().intersects(nodes.at(j)->sceneBoundingRect()))
                << qPrintable(nodes.at(i)->roleId()) << " / " << qPrintable(nodes.at(j)->roleId());
        }
    }
}

// A thousand roles and more make no readable map, and one slow to draw: a note says so.
TEST(RoleMapViewExtraCatalog, ACatalogOfThousandsOfRolesGetsANoteInsteadOfAMap)
{
    const Catalog &catalog = testing::generatedCatalog();
    ASSERT_GT(catalog.roles().size(), RoleMap::kMaxDrawnRoles);
    MapScene scene(catalog, MapStyle::forExport(), MapScene::Use::Export);
    EXPECT_TRUE(scene.nodeItems().isEmpty());
    EXPECT_EQ(scene.nodeItem(catalog.roles().first().id), nullptr);
    const QString text = testing::svgText(MapExport::svg(scene));
    EXPECT_TRUE(text.contains(QStringLiteral("too many to draw"))) << qPrintable(text);
    EXPECT_TRUE(MapScene::tooManyRoles(RoleMap::kMaxDrawnRoles).isEmpty());
}

} // namespace
} // namespace rolelens
