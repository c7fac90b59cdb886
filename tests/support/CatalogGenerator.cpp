#include "support/CatalogGenerator.h"

#include "support/generator/RoleGenerator.h"

#include <QJsonDocument>

// Writes generated roles as catalog files; the roles themselves come from RoleGenerator.
namespace rolelens::bench {
namespace {

const QByteArray kHead = QByteArrayLiteral(
    "{\n  \"format\": \"rolelens-catalog\",\n  \"version\": 1,\n  \"roles\": [\n");
const QByteArray kSeparator = QByteArrayLiteral(",\n");
const QByteArray kTail = QByteArrayLiteral("\n  ]\n}\n");

// One role as it sits in the "roles" array, indented by two spaces a level like the built-in
// files (QJsonDocument indents by four).
QByteArray roleBytes(int index, quint32 seed)
{
    const QByteArray json =
        QJsonDocument(generateRole(index, seed)).toJson(QJsonDocument::Indented);
    QByteArray bytes;
    bytes.reserve(json.size() * 3 / 4);
    qsizetype at = 0;
    while (at < json.size()) {
        qsizetype end = json.indexOf('\n', at);
        if (end < 0) {
            end = json.size();
        }
        qsizetype text = at;
        while (text < end && json.at(text) == ' ') {
            ++text;
        }
        if (at > 0) {
            bytes += '\n';
        }
        bytes.append(4 + (text - at) / 2, ' ');
        bytes.append(json.constData() + text, end - text);
        at = end + 1;
    }
    return bytes;
}

} // namespace

QByteArray generateCatalog(int roleCount, quint32 seed, int firstRole)
{
    QByteArray file = kHead;
    for (int i = 0; i < roleCount; ++i) {
        if (i > 0) {
            file += kSeparator;
        }
        file += roleBytes(firstRole + i, seed);
    }
    file += kTail;
    return file;
}

std::vector<QByteArray> generateCatalogFiles(int roleCount, quint32 seed, qint64 maxFileBytes)
{
    std::vector<QByteArray> files;
    QByteArray file;
    bool empty = true;
    for (int i = 0; i < roleCount; ++i) {
        const QByteArray role = roleBytes(i, seed);
        if (!empty && file.size() + kSeparator.size() + role.size() + kTail.size() > maxFileBytes) {
            files.push_back(file + kTail);
            empty = true;
        }
        if (empty) {
            file = kHead;
            empty = false;
        } else {
            file += kSeparator;
        }
        file += role;
    }
    if (!empty) {
        files.push_back(file + kTail);
    }
    return files;
}

QString generatedFileName(std::size_t index)
{
    return QStringLiteral("generated-%1.json").arg(index + 1, 3, 10, QLatin1Char('0'));
}

Result<Catalog> loadWithBuiltIn(const std::vector<QByteArray> &files)
{
    CatalogLoader loader;
    loader.addBuiltIn();
    for (std::size_t i = 0; i < files.size(); ++i) {
        loader.addBytes(files[i], generatedFileName(i));
    }
    return loader.finish();
}

} // namespace rolelens::bench
