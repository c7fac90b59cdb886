#pragma once

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// The line each party fills in by hand: name, signature and date, written the same in every
// output (text, Markdown, the window, the printed sheet).
class SignatureLines {
    Q_DECLARE_TR_FUNCTIONS(SignatureLines)

public:
    static QString line(const QString &party);
};

} // namespace rolelens
