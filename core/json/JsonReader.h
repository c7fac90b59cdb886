#pragma once

#include "base/Diagnostic.h"
#include "json/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace rolelens {

// Reads typed fields out of a JSON document while keeping the JSON path of each one, and
// records every problem instead of stopping at the first. Shared by all file loaders.
class JsonReader {
public:
    enum class Need { Required, Optional };

    JsonReader(QString fileName, Diagnostics &diagnostics);

    // Parses bytes into an object; on a syntax error records file, line and column.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes);

    void error(const JsonPath &path, const QString &message);
    // An error at a byte offset of the file, reported as line and column.
    void errorAt(const QByteArray &bytes, qsizetype offset, const QString &message);
    void requireKnownKeys(const QJsonObject &object, const JsonPath &path,
                          const QStringList &allowedKeys);

    std::optional<QString> string(const QJsonObject &object, const QString &key,
                                  const JsonPath &path, Need need);
    std::optional<QString> id(const QJsonObject &object, const QString &key, const JsonPath &path);
    std::optional<QStringList> stringList(const QJsonObject &object, const QString &key,
                                          const JsonPath &path, Need need);
    std::optional<double> number(const QJsonObject &object, const QString &key,
                                 const JsonPath &path, Need need);
    std::optional<int> integer(const QJsonObject &object, const QString &key, const JsonPath &path,
                               Need need);
    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const JsonPath &path,
                                Need need);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &key,
                                    const JsonPath &path, Need need);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &key,
                                      const JsonPath &path, Need need);
    // An array element that must be an object.
    std::optional<QJsonObject> elementObject(const QJsonValue &value, const JsonPath &path);

    // Field names for requireKnownKeys.
    static QStringList keys(std::initializer_list<const char *> names);
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);
    static bool isValidId(const QString &id);
    static QString typeName(const QJsonValue &value);

    const QString &fileName() const { return m_fileName; }

private:
    std::optional<QJsonValue> field(const QJsonObject &object, const QString &key,
                                    const JsonPath &path, Need need);
    void wrongType(const JsonPath &path, const QString &expected, const QJsonValue &value);

    QString m_fileName;
    Diagnostics &m_diagnostics;
};

} // namespace rolelens
