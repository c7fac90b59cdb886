#include "ui/window/WindowState.h"

#include "ui/advisor/AdvisorView.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/map/RoleMapView.h"

#include <QSplitter>

#include <array>

namespace rolelens {
namespace {

using View = MainWindow::View;
using Key = Settings::Key;

// One setting of one view: how to read it from the view when saving, and how to give it back
// when restoring.
struct ViewSetting {
    View view;
    Key key;
    QVariant (*read)(QWidget *view);
    void (*restore)(QWidget *view, const QVariant &value);
};

BrowseView *browse(QWidget *view)
{
    return static_cast<BrowseView *>(view);
}

CompareView *compare(QWidget *view)
{
    return static_cast<CompareView *>(view);
}

AdvisorView *advisor(QWidget *view)
{
    return static_cast<AdvisorView *>(view);
}

SelfCheckView *selfCheck(QWidget *view)
{
    return static_cast<SelfCheckView *>(view);
}

// Every view's settings. Saving and restoring go through this table only: a view's new
// setting is a new row here (and in Settings), nothing else.
const std::array<ViewSetting, 8> kViewSettings{{
    {View::Browse, Key::BrowseSplitter,
     [](QWidget *view) -> QVariant { return browse(view)->splitter()->saveState(); },
     [](QWidget *view, const QVariant &value) {
         browse(view)->splitter()->restoreState(value.toByteArray());
     }},
    {View::Browse, Key::ProfileSplitter,
     [](QWidget *view) -> QVariant { return browse(view)->profile()->splitter()->saveState(); },
     [](QWidget *view, const QVariant &value) {
         browse(view)->profile()->splitter()->restoreState(value.toByteArray());
     }},
    {View::Browse, Key::LastRole,
     [](QWidget *view) -> QVariant { return browse(view)->selectedRoleId(); },
     [](QWidget *view, const QVariant &value) {
         browse(view)->selectRole(value.toString());
     }},
    {View::Compare, Key::ComparedRoles,
     [](QWidget *view) -> QVariant { return compare(view)->roles(); },
     [](QWidget *view, const QVariant &value) {
         compare(view)->setRoles(value.toStringList());
     }},
    {View::Advisor, Key::AdvisorSplitter,
     [](QWidget *view) -> QVariant { return advisor(view)->splitter()->saveState(); },
     [](QWidget *view, const QVariant &value) {
         advisor(view)->splitter()->restoreState(value.toByteArray());
     }},
    {View::Advisor, Key::AdvisorResultsSplitter,
     [](QWidget *view) -> QVariant { return advisor(view)->resultsSplitter()->saveState(); },
     [](QWidget *view, const QVariant &value) {
         advisor(view)->resultsSplitter()->restoreState(value.toByteArray());
     }},
    {View::SelfCheck, Key::SelfCheckAnswers,
     [](QWidget *view) -> QVariant { return selfCheck(view)->answerList(); },
     [](QWidget *view, const QVariant &value) {
         selfCheck(view)->setAnswerList(value.toStringList());
     }},
    {View::SelfCheck, Key::SelfCheckSplitter,
     [](QWidget *view) -> QVariant { return selfCheck(view)->splitter()->saveState(); },
     [](QWidget *view, const QVariant &value) {
         selfCheck(view)->splitter()->restoreState(value.toByteArray());
     }},
}};

// The view on screen, by the name the settings file gives it.
struct ViewName {
    View view;
    const char *name;
};

constexpr std::array<ViewName, 5> kViewNames{{
    {View::Browse, "browse"},
    {View::Compare, "compare"},
    {View::Advisor, "advisor"},
    {View::SelfCheck, "self-check"},
    {View::Map, "map"},
}};

QString nameOf(View view)
{
    for (const ViewName &entry : kViewNames) {
        if (entry.view == view) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QString::fromLatin1(kViewNames.front().name);
}

// An unknown name (an older or a damaged file) is Browse.
View viewNamed(const QString &name)
{
    for (const ViewName &entry : kViewNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.view;
        }
    }
    return View::Browse;
}

} // namespace

WindowState::WindowState(MainWindow &window) : m_window(window) {}

void WindowState::restoreGeometry()
{
    m_window.restoreGeometry(Settings::value(Key::WindowGeometry).toByteArray());
}

void WindowState::restoreSession()
{
    Q_ASSERT(m_window.hasCatalog());
    m_window.restoreState(Settings::value(Key::WindowState).toByteArray());
    for (const ViewSetting &setting : kViewSettings) {
        m_kept.insert_or_assign(setting.key, Settings::value(setting.key));
    }
    // Views built already take it now; the others when they are built.
    for (const ViewName &entry : kViewNames) {
        if (QWidget *built = builtView(entry.view)) {
            restoreView(entry.view, built);
        }
    }
    // The last role may be gone from the catalog.
    const Catalog &catalog = m_window.catalog();
    if (m_window.browseView()->selectedRoleId().isEmpty() && !catalog.roles().isEmpty()) {
        m_window.browseView()->selectRole(catalog.roles().first().id);
    }
    m_window.showView(viewNamed(Settings::value(Key::CurrentView).toString()));
}

void WindowState::save() const
{
    Settings::setValue(Key::WindowGeometry, m_window.saveGeometry());
    Settings::setValue(Key::WindowState, m_window.saveState());
    for (const ViewSetting &setting : kViewSettings) {
        if (QWidget *built = builtView(setting.view)) {
            Settings::setValue(setting.key, setting.read(built));
        } else if (const auto kept = m_kept.find(setting.key); kept != m_kept.end()) {
            Settings::setValue(setting.key, kept->second);
        }
    }
    Settings::setValue(Key::CurrentView, nameOf(m_window.currentView()));
    Settings::sync();
}

void WindowState::restoreView(MainWindow::View view, QWidget *built)
{
    for (const ViewSetting &setting : kViewSettings) {
        if (setting.view != view) {
            continue;
        }
        if (auto kept = m_kept.extract(setting.key); !kept.empty()) {
            setting.restore(built, kept.mapped());
        }
    }
}

QWidget *WindowState::builtView(MainWindow::View view) const
{
    switch (view) {
    case View::Browse:
        return m_window.browseView();
    case View::Compare:
        return m_window.isCompareViewBuilt() ? m_window.compareView() : nullptr;
    case View::Advisor:
        return m_window.isAdvisorViewBuilt() ? m_window.advisorView() : nullptr;
    case View::SelfCheck:
        return m_window.isSelfCheckViewBuilt() ? m_window.selfCheckView() : nullptr;
    case View::Map:
        return m_window.isMapViewBuilt() ? m_window.mapView() : nullptr;
    }
    return nullptr;
}

} // namespace rolelens
