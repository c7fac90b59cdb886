#pragma once

#include <QString>

namespace rolelens {

// Where the scenario's autosave goes: the scenario, and beside it the one line naming the file
// it belongs to (empty while untitled). The user's data folder, unless a test chose another.
class AutosaveFiles {
public:
    static QString folder();
    static void setFolder(const QString &folder);
    static QString scenarioPath();
    static QString originPath();
    static void remove();
};

} // namespace rolelens
