#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rolelens {

// Writes a whole file or nothing: through QSaveFile, so that a failure leaves no partial
// file and any previous file at the path untouched. Every file the program writes for the
// user (scenarios, PDFs, autosaves) goes through here.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Nothing on success; otherwise the reason, naming the path.
    static std::optional<QString> write(const QString &path, const QByteArray &bytes);
};

} // namespace rolelens
