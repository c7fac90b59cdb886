#pragma once

#include <QList>
#include <QString>

namespace rolelens {

// One problem found in an input file, with enough context to find and fix it: the file, the
// line and column (for syntax errors) or the JSON path (for content errors), and the message.
struct Diagnostic {
    QString file;
    int line = 0;
    int column = 0;
    QString jsonPath;
    QString message;

    // "file:line:column: message" or "file: $.path: message", as compilers print them.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

// The first `most` problems, one a line, for a dialog that cannot show hundreds.
QString firstLines(const Diagnostics &problems, qsizetype most);

} // namespace rolelens
