#include "io/InputFile.h"

#include <QFile>
#include <QFileInfo>

namespace rolelens {

Result<QByteArray> InputFile::read(const QString &path, qint64 maxBytes, const QString &notAFile,
                                   const QString &tooBig)
{
    if (QFileInfo(path).isDir()) {
        return Diagnostics{{path, 0, 0, {}, notAFile}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Diagnostics{{path, 0, 0, {}, tr("cannot be read: %1").arg(file.errorString())}};
    }
    if (file.size() > maxBytes) {
        return Diagnostics{{path, 0, 0, {}, tooBig.arg(file.size()).arg(maxBytes)}};
    }
    // One byte over the limit at most, in case the file grew since its size was read.
    return file.read(maxBytes + 1);
}

} // namespace rolelens
