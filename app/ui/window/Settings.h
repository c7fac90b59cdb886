#pragma once

#include <QVariant>

namespace rolelens {

// Every persisted setting in one table: a key, its name in the settings file, its default.
// No string keys scattered through the views.
class Settings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        BrowseSplitter,
        ProfileSplitter,
        LastRole,
        ComparedRoles,
        CurrentView,
        ExportFolder,
        AdvisorSplitter,
        AdvisorResultsSplitter,
        RecentScenarios,
        ScenarioFolder,
        FirstRunHintSeen,
        Language,
        ReopenLastScenario,
        SelfCheckAnswers,
        SelfCheckSplitter,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    static void sync();
};

} // namespace rolelens
