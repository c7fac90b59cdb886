#include "base/Diagnostic.h"

namespace rolelens {

QString Diagnostic::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    }
    if (!jsonPath.isEmpty()) {
        where += QStringLiteral(": ") + jsonPath;
    }
    return where + QStringLiteral(": ") + message;
}

} // namespace rolelens
