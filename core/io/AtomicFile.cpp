#include "io/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace rolelens {

std::optional<QString> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo(path).isDir()) {
        return tr("Cannot write %1: it is a folder.").arg(path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write %1: %2.").arg(path, file.errorString());
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        // Qt 6.4 says "Unknown error" when the disk is full; the system knows better.
        const QString reason =
            errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
        file.cancelWriting();
        return tr("Cannot write %1: %2.").arg(path, reason);
    }
    // Qt 6.4 reports a short write (disk full, file-size limit) as success and would commit
    // a truncated file over the user's good one: check what actually reached the disk.
    if (file.size() != bytes.size()) {
        file.cancelWriting();
        return tr("Cannot write %1: the disk is full or the file size limit was reached "
                  "(%2 of %3 bytes written).")
            .arg(path)
            .arg(file.size())
            .arg(bytes.size());
    }
    if (!file.commit()) {
        return tr("Cannot write %1: %2.").arg(path, file.errorString());
    }
    return std::nullopt;
}

} // namespace rolelens
