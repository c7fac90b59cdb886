#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// What a file handed to RoleLens is (named on the command line, dropped on the window, opened
// from a file manager): a scenario or a catalog file, told by the "format" field every RoleLens
// file opens with, not by its name. A file that is neither gets a diagnostic naming it and
// saying why, before anything tries to parse it as the wrong thing.
class RoleLensFile {
    Q_DECLARE_TR_FUNCTIONS(RoleLensFile)

public:
    enum class Kind { Scenario, Catalog };

    static Result<Kind> kindOf(const QString &path);
    // How much of a file is read to find its format: the field comes first in files RoleLens
    // writes and in the documented formats.
    static constexpr qint64 kHeadBytes = 4096;
};

} // namespace rolelens
