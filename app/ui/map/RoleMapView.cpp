#include "ui/map/RoleMapView.h"

#include "diagram/MapNodeItem.h"
#include "diagram/MapScene.h"
#include "ui/map/MapGraphicsView.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace rolelens {

namespace {

// Each step of the zoom buttons and keys.
constexpr double kZoomStep = 1.25;

} // namespace

RoleMapView::RoleMapView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog),
      m_scene(new MapScene(catalog, MapStyle(palette()), MapScene::Use::Window, this)),
      m_view(new MapGraphicsView)
{
    setObjectName(QStringLiteral("roleMapPage"));
    m_view->setScene(m_scene);
    connect(m_scene, &MapScene::roleActivated, this, &RoleMapView::roleActivated);
    connect(m_scene, &MapScene::focusedRoleChanged, this, [this](const QString &roleId) {
        // A screen reader says the role the keyboard is on, and what Enter does.
        const MapNodeItem *node = m_scene->nodeItem(roleId);
        AccessibleText::set(m_view, node ? node->title() : tr("Role map"),
                            tr("Role map: Enter opens the profile; Tab and the arrow keys move "
                               "to another role."));
    });
    connect(m_view, &MapGraphicsView::zoomChanged, this, &RoleMapView::showZoom);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_zoomOut = addZoomAction(QStringLiteral("actionMapZoomOut"), QKeySequence::ZoomOut,
                              [this] { m_view->zoomBy(1 / kZoomStep); });
    m_zoomIn = addZoomAction(QStringLiteral("actionMapZoomIn"), QKeySequence::ZoomIn,
                             [this] { m_view->zoomBy(kZoomStep); });
    m_fit = addZoomAction(QStringLiteral("actionMapFit"), QKeySequence(Qt::CTRL | Qt::Key_0),
                          [this] { m_view->fit(); });
    // Ctrl+= as well as Ctrl++: "+" needs Shift on most keyboards.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    for (QAction *action : {m_zoomOut, m_zoomIn, m_fit}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        AccessibleText::mirror(button, action);
        bar->addWidget(button);
    }
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("mapZoomLabel"));
    bar->addWidget(m_zoomLabel);
    bar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    Retranslation::apply(this, [this] {
        m_zoomOut->setText(tr("Zoom &out"));
        m_zoomOut->setToolTip(tr("Make the map smaller (Ctrl+-, or Ctrl+wheel)"));
        m_zoomIn->setText(tr("Zoom &in"));
        m_zoomIn->setToolTip(tr("Make the map larger (Ctrl++, or Ctrl+wheel)"));
        m_fit->setText(tr("&Fit"));
        m_fit->setToolTip(tr("Show the whole map (Ctrl+0)"));
        // The viewport is what a reader lands on when the map has the focus.
        for (QWidget *part : {static_cast<QWidget *>(m_view), m_view->viewport()}) {
            AccessibleText::set(part, tr("Role map"),
                                tr("The catalog's roles and how they relate: who supervises "
                                   "whom, who does the work a role does not, and where the "
                                   "articles disagree. Tab moves from role to role; Enter opens "
                                   "its profile."));
        }
        showZoom(m_view->zoom());
    });
}

QAction *RoleMapView::addZoomAction(const QString &name, const QKeySequence &shortcut,
                                    const std::function<void()> &slot)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Only while the map is the page on screen: Ctrl+0 means nothing elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void RoleMapView::showZoom(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    m_zoomIn->setEnabled(zoom < MapGraphicsView::kMaxZoom);
    m_zoomOut->setEnabled(zoom > MapGraphicsView::kMinZoom);
}

void RoleMapView::rebuild()
{
    m_scene->rebuild(m_catalog, MapStyle(palette()));
    if (m_view->isFitted()) {
        m_view->fit();
    }
}

void RoleMapView::changeEvent(QEvent *event)
{
    // The catalog was read again in the new language (the titles), or the colours changed.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace rolelens
