#include "ui/window/Settings.h"

#include <QSettings>

#include <array>

namespace rolelens {
namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 17> &entries()
{
    static const std::array<Entry, 17> table{{
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::BrowseSplitter, "browse/splitter", QByteArray()},
        {Settings::Key::ProfileSplitter, "browse/profileSplitter", QByteArray()},
        {Settings::Key::LastRole, "browse/lastRole", QStringLiteral("social-media-manager")},
        {Settings::Key::ComparedRoles, "compare/roles",
         QStringList{QStringLiteral("social-media-manager"),
                     QStringLiteral("social-media-influencer")}},
        {Settings::Key::CurrentView, "window/view", QStringLiteral("browse")},
        {Settings::Key::ExportFolder, "export/folder", QString()},
        {Settings::Key::AdvisorSplitter, "advisor/splitter", QByteArray()},
        {Settings::Key::AdvisorResultsSplitter, "advisor/resultsSplitter", QByteArray()},
        {Settings::Key::RecentScenarios, "advisor/recentFiles", QStringList()},
        {Settings::Key::ScenarioFolder, "advisor/folder", QString()},
        {Settings::Key::FirstRunHintSeen, "window/firstRunHintSeen", false},
        {Settings::Key::Language, "window/language", QString()},
        {Settings::Key::ReopenLastScenario, "advisor/reopenLast", true},
        {Settings::Key::SelfCheckAnswers, "selfCheck/answers", QStringList()},
        {Settings::Key::SelfCheckSplitter, "selfCheck/splitter", QByteArray()},
    }};
    return table;
}

const Entry &entry(Settings::Key key)
{
    return entries().at(static_cast<std::size_t>(key));
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry &found = entry(key);
    return QSettings().value(QString::fromLatin1(found.name), found.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QString::fromLatin1(entry(key).name), value);
}

void Settings::sync()
{
    QSettings().sync();
}

} // namespace rolelens
