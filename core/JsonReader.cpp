#include "JsonReader.h"

#include "JsonLimits.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rolelens {

JsonReader::JsonReader(QString fileName, Diagnostics &diagnostics)
    : m_fileName(std::move(fileName)), m_diagnostics(diagnostics)
{
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes)
{
    if (const auto violation = JsonLimits::check(bytes)) {
        errorAt(bytes, violation->offset, violation->message);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset points just past the offending character.
        errorAt(bytes, std::max(0, parseError.offset - 1),
                QCoreApplication::translate("JsonReader", "not valid JSON: %1")
                    .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error(QStringLiteral("$"),
              QCoreApplication::translate("JsonReader", "expected a JSON object at the top"));
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::errorAt(const QByteArray &bytes, qsizetype offset, const QString &message)
{
    // People look for lines and columns, not byte offsets. The bytes before the offset are
    // valid UTF-8 (JsonLimits checked them), so columns count characters.
    const QByteArray before = bytes.left(offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = static_cast<int>(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    m_diagnostics.append({m_fileName, line, column, {}, message});
}

void JsonReader::error(const QString &path, const QString &message)
{
    m_diagnostics.append({m_fileName, 0, 0, path, message});
}

void JsonReader::requireKnownKeys(const QJsonObject &object, const QString &path,
                                  const QStringList &allowedKeys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            error(member(path, it.key()),
                  QCoreApplication::translate("JsonReader",
                                              "unknown field \"%1\" (expected one of: %2)")
                      .arg(it.key(), allowedKeys.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QJsonValue> JsonReader::field(const QJsonObject &object, const QString &key,
                                            const QString &path, Need need)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd() && it->isNull()) {
        // Callers tell a missing optional field from a wrong one by whether the key is
        // there; a null must therefore be reported here, or it would fail silently.
        error(member(path, key), QCoreApplication::translate(
                                     "JsonReader", "null is not a value: give one or leave the "
                                                   "field out"));
        return std::nullopt;
    }
    if (it == object.constEnd()) {
        if (need == Need::Required) {
            error(member(path, key),
                  QCoreApplication::translate("JsonReader", "required field is missing"));
        }
        return std::nullopt;
    }
    return *it;
}

void JsonReader::wrongType(const QString &path, const QString &expected, const QJsonValue &value)
{
    error(path, QCoreApplication::translate("JsonReader", "expected %1, found %2")
                    .arg(expected, typeName(value)));
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const QString &key,
                                          const QString &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        wrongType(member(path, key), QCoreApplication::translate("JsonReader", "a string"), *value);
        return std::nullopt;
    }
    const QString text = value->toString().trimmed();
    if (text.isEmpty() && need == Need::Required) {
        error(member(path, key), QCoreApplication::translate("JsonReader", "must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonReader::id(const QJsonObject &object, const QString &key,
                                      const QString &path)
{
    const auto text = string(object, key, path, Need::Required);
    if (text && !isValidId(*text)) {
        error(member(path, key),
              QCoreApplication::translate(
                  "JsonReader",
                  "\"%1\" is not a valid id (lower-case letters and digits joined by hyphens)")
                  .arg(*text));
        return std::nullopt;
    }
    return text;
}

std::optional<QStringList> JsonReader::stringList(const QJsonObject &object, const QString &key,
                                                  const QString &path, Need need)
{
    const auto items = array(object, key, path, need);
    if (!items) {
        return std::nullopt;
    }
    QStringList list;
    bool allStrings = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            wrongType(element(member(path, key), i),
                      QCoreApplication::translate("JsonReader", "a non-empty string"), item);
            allStrings = false;
            continue;
        }
        list.append(item.toString().trimmed());
    }
    if (!allStrings) {
        return std::nullopt;
    }
    return list;
}

std::optional<double> JsonReader::number(const QJsonObject &object, const QString &key,
                                         const QString &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isDouble() || !std::isfinite(value->toDouble())) {
        wrongType(member(path, key), QCoreApplication::translate("JsonReader", "a number"), *value);
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<int> JsonReader::integer(const QJsonObject &object, const QString &key,
                                       const QString &path, Need need)
{
    const auto value = number(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (std::trunc(*value) != *value || std::abs(*value) > 1e9) {
        error(member(path, key),
              QCoreApplication::translate("JsonReader", "expected a whole number, found %1")
                  .arg(*value));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &key,
                                        const QString &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isBool()) {
        wrongType(member(path, key), QCoreApplication::translate("JsonReader", "true or false"),
                  *value);
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &key,
                                            const QString &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isArray()) {
        wrongType(member(path, key), QCoreApplication::translate("JsonReader", "an array"), *value);
        return std::nullopt;
    }
    return value->toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &key,
                                              const QString &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isObject()) {
        wrongType(member(path, key), QCoreApplication::translate("JsonReader", "an object"),
                  *value);
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonObject> JsonReader::elementObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        wrongType(path, QCoreApplication::translate("JsonReader", "an object"), value);
        return std::nullopt;
    }
    return value.toObject();
}

QStringList JsonReader::keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

QString JsonReader::member(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool JsonReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonReader", "nothing");
}

} // namespace rolelens
