#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rolelens {

// Reads a file the user names (a catalog, a scenario): a folder, an unreadable file or one
// above `maxBytes` is refused before anything is read, each with a diagnostic naming the
// file. The two messages are the caller's, since they name the kind of file: `notAFile`
// as is, `tooBig` with %1 the size and %2 the limit.
class InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &notAFile,
                                   const QString &tooBig);
};

} // namespace rolelens
