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

QString firstLines(const Diagnostics &problems, qsizetype most)
{
    QStringList lines;
    for (const auto &problem : problems.mid(0, most)) {
        lines.append(problem.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rolelens
