#pragma once

#include "base/Diagnostic.h"
#include "base/EnumTable.h"
#include "json/JsonField.h"
#include "json/JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace rolelens {

// Reads typed fields out of a JSON document while keeping the JSON path of each one, and
// records every problem instead of stopping at the first. Shared by all file loaders, so that
// what they have in common (the header, optional fields, enums, ranges) is checked and
// worded alike; each read returns a JsonField, which tells an absent field from a wrong one.
class JsonReader {
public:
    // Required fields report their absence; optional ones are absent without a word.
    enum class Need { Required, Optional };

    // integer() refuses larger magnitudes: the cast to int stays defined (int ends near
    // 2.1e9), and no count in any file format needs more.
    static constexpr double kMaxWholeNumber = 1e9;
    // A number from a file as a person writes it, for messages: grouped, no exponent.
    static QString shown(double value);

    // What a file starts with: its format name and the one version this program reads. The
    // messages come from the file's own parser, so that each keeps its translation context.
    struct FileHeader {
        QLatin1String format;
        int version = 0;
        QString wrongFormat;  // %1: the format found
        QString wrongVersion; // %1: the version found, %2: `version`
    };

    // The values a number field accepts: minimum to maximum, the minimum itself included or
    // not ("more than 0 weeks").
    template <typename T> struct Range {
        T minimum;
        T maximum;
        bool includesMinimum = true;

        bool contains(T value) const
        {
            return value <= maximum && (includesMinimum ? value >= minimum : value > minimum);
        }
    };

    JsonReader(QString fileName, Diagnostics &diagnostics);

    // Parses bytes into an object; on a syntax error records file, line and column.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes);

    void error(const JsonPath &path, const QString &message);
    // An error at a byte offset of the file, reported as line and column.
    void errorAt(const QByteArray &bytes, qsizetype offset, const QString &message);
    void requireKnownKeys(const QJsonObject &object, const JsonPath &path,
                          const QStringList &allowedKeys);
    // Checks the "format" and "version" fields of `root`; false when the rest of the file
    // must not be read.
    bool readHeader(const QJsonObject &root, const JsonPath &path, const FileHeader &header);

    // Strings are trimmed; a required one must not be empty.
    JsonField<QString> string(const QJsonObject &object, const QString &key, const JsonPath &path,
                              Need need);
    JsonField<QString> id(const QJsonObject &object, const QString &key, const JsonPath &path);
    JsonField<QStringList> stringList(const QJsonObject &object, const QString &key,
                                      const JsonPath &path, Need need);
    JsonField<double> number(const QJsonObject &object, const QString &key, const JsonPath &path,
                             Need need);
    JsonField<int> integer(const QJsonObject &object, const QString &key, const JsonPath &path,
                           Need need);
    JsonField<bool> boolean(const QJsonObject &object, const QString &key, const JsonPath &path,
                            Need need);
    JsonField<QJsonArray> array(const QJsonObject &object, const QString &key, const JsonPath &path,
                                Need need);
    JsonField<QJsonObject> object(const QJsonObject &object, const QString &key,
                                  const JsonPath &path, Need need);
    // An array element that must be an object.
    std::optional<QJsonObject> elementObject(const QJsonValue &value, const JsonPath &path);

    // A number field that must lie in `range`: one outside it is reported with the message
    // `outOfRange(value)` makes, and is invalid.
    template <typename OutOfRange>
    JsonField<double> number(const QJsonObject &object, const QString &key, const JsonPath &path,
                             Need need, const Range<double> &range, OutOfRange outOfRange)
    {
        return inRange(number(object, key, path, need), key, path, range, outOfRange);
    }
    template <typename OutOfRange>
    JsonField<int> integer(const QJsonObject &object, const QString &key, const JsonPath &path,
                           Need need, const Range<int> &range, OutOfRange outOfRange)
    {
        return inRange(integer(object, key, path, need), key, path, range, outOfRange);
    }
    // The same check on the field `key` of the object at `path`, read earlier: for parsers
    // that report ranges after the entry's other fields. True unless it reported.
    template <typename T, typename OutOfRange>
    bool checkRange(const JsonField<T> &value, const QString &key, const JsonPath &path,
                    const Range<T> &range, OutOfRange outOfRange)
    {
        if (value && !range.contains(*value)) {
            error(path.member(key), outOfRange(*value));
            return false;
        }
        return true;
    }

    // An enum field, read by its key in `table`; an unknown key is reported with the message
    // `unknown(key)` makes, and is invalid.
    template <typename Enum, typename Unknown>
    JsonField<Enum> enumeration(const QJsonObject &object, const QString &key, const JsonPath &path,
                                Need need, const EnumTable<Enum> &table, Unknown unknown)
    {
        return oneOf(string(object, key, path, need), key, path, table, unknown);
    }
    // The same for the text of the field `key` of the object at `path`, read earlier.
    template <typename Enum, typename Unknown>
    JsonField<Enum> oneOf(const JsonField<QString> &text, const QString &key, const JsonPath &path,
                          const EnumTable<Enum> &table, Unknown unknown)
    {
        if (!text) {
            return JsonField<Enum>::withoutValueLike(text);
        }
        const std::optional<Enum> value = table.fromKey(*text);
        if (!value) {
            error(path.member(key), unknown(*text));
            return JsonField<Enum>::invalid();
        }
        return *value;
    }

    // Field names for requireKnownKeys.
    static QStringList keys(std::initializer_list<const char *> names);
    static bool isValidId(const QString &id);
    static QString typeName(const QJsonValue &value);

private:
    JsonField<QJsonValue> field(const QJsonObject &object, const QString &key, const JsonPath &path,
                                Need need);
    void wrongType(const JsonPath &path, const QString &expected, const QJsonValue &value);

    template <typename T, typename OutOfRange>
    JsonField<T> inRange(JsonField<T> value, const QString &key, const JsonPath &path,
                         const Range<T> &range, OutOfRange outOfRange)
    {
        return checkRange(value, key, path, range, outOfRange) ? std::move(value)
                                                               : JsonField<T>::invalid();
    }

    QString m_fileName;
    Diagnostics &m_diagnostics;
};

} // namespace rolelens
