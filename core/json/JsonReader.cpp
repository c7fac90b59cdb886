#include "json/JsonReader.h"

#include "json/JsonLimits.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QLocale>

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

void JsonReader::error(const JsonPath &path, const QString &message)
{
    m_diagnostics.append({m_fileName, 0, 0, path.toString(), message});
}

void JsonReader::requireKnownKeys(const QJsonObject &object, const JsonPath &path,
                                  const QStringList &allowedKeys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowedKeys.contains(it.key())) {
            error(path.member(it.key()),
                  QCoreApplication::translate("JsonReader",
                                              "unknown field \"%1\" (expected one of: %2)")
                      .arg(it.key(), allowedKeys.join(QStringLiteral(", "))));
        }
    }
}

bool JsonReader::readHeader(const QJsonObject &root, const JsonPath &path, const FileHeader &header)
{
    // A file of another format or version would only produce a flood of unknown fields.
    const auto format = string(root, QStringLiteral("format"), path, Need::Required);
    if (format && *format != header.format) {
        error(path.member(QStringLiteral("format")), header.wrongFormat.arg(*format));
        return false;
    }
    const auto version = integer(root, QStringLiteral("version"), path, Need::Required);
    if (version && *version != header.version) {
        error(path.member(QStringLiteral("version")),
              header.wrongVersion.arg(*version).arg(header.version));
        return false;
    }
    return format && version;
}

JsonField<QJsonValue> JsonReader::field(const QJsonObject &object, const QString &key,
                                        const JsonPath &path, Need need)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd() && it->isNull()) {
        // A null is neither a value nor an absent field; said here once for every reader.
        error(path.member(key), QCoreApplication::translate(
                                    "JsonReader", "null is not a value: give one or leave the "
                                                  "field out"));
        return JsonField<QJsonValue>::invalid();
    }
    if (it == object.constEnd()) {
        if (need == Need::Required) {
            error(path.member(key),
                  QCoreApplication::translate("JsonReader", "required field is missing"));
        }
        return {};
    }
    return QJsonValue(*it);
}

void JsonReader::wrongType(const JsonPath &path, const QString &expected, const QJsonValue &value)
{
    error(path, QCoreApplication::translate("JsonReader", "expected %1, found %2")
                    .arg(expected, typeName(value)));
}

JsonField<QString> JsonReader::string(const QJsonObject &object, const QString &key,
                                      const JsonPath &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return JsonField<QString>::withoutValueLike(value);
    }
    if (!value->isString()) {
        wrongType(path.member(key), QCoreApplication::translate("JsonReader", "a string"), *value);
        return JsonField<QString>::invalid();
    }
    QString text = value->toString().trimmed();
    if (text.isEmpty() && need == Need::Required) {
        error(path.member(key), QCoreApplication::translate("JsonReader", "must not be empty"));
        return JsonField<QString>::invalid();
    }
    return text;
}

JsonField<QString> JsonReader::id(const QJsonObject &object, const QString &key,
                                  const JsonPath &path)
{
    auto text = string(object, key, path, Need::Required);
    if (text && !isValidId(*text)) {
        error(path.member(key),
              QCoreApplication::translate(
                  "JsonReader",
                  "\"%1\" is not a valid id (lower-case letters and digits joined by hyphens)")
                  .arg(*text));
        return JsonField<QString>::invalid();
    }
    return text;
}

JsonField<QStringList> JsonReader::stringList(const QJsonObject &object, const QString &key,
                                              const JsonPath &path, Need need)
{
    const auto items = array(object, key, path, need);
    if (!items) {
        return JsonField<QStringList>::withoutValueLike(items);
    }
    QStringList list;
    bool allStrings = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        QString text = item.isString() ? item.toString().trimmed() : QString();
        if (text.isEmpty()) {
            wrongType(path.member(key).element(i),
                      QCoreApplication::translate("JsonReader", "a non-empty string"), item);
            allStrings = false;
            continue;
        }
        list.append(std::move(text));
    }
    if (!allStrings) {
        return JsonField<QStringList>::invalid();
    }
    return list;
}

JsonField<double> JsonReader::number(const QJsonObject &object, const QString &key,
                                     const JsonPath &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return JsonField<double>::withoutValueLike(value);
    }
    if (!value->isDouble() || !std::isfinite(value->toDouble())) {
        wrongType(path.member(key), QCoreApplication::translate("JsonReader", "a number"), *value);
        return JsonField<double>::invalid();
    }
    return value->toDouble();
}

QString JsonReader::shown(double value)
{
    // As a person writes it: "5,000,000,000", not "5e+09"; exponents only beyond what anyone
    // types.
    const QLocale locale;
    if (std::trunc(value) == value && std::abs(value) < 1e15) {
        return locale.toString(static_cast<qlonglong>(value));
    }
    return locale.toString(value, 'g', 6);
}

JsonField<int> JsonReader::integer(const QJsonObject &object, const QString &key,
                                   const JsonPath &path, Need need)
{
    const auto value = number(object, key, path, need);
    if (!value) {
        return JsonField<int>::withoutValueLike(value);
    }
    if (std::trunc(*value) != *value) {
        error(path.member(key),
              QCoreApplication::translate("JsonReader", "expected a whole number, found %1")
                  .arg(shown(*value)));
        return JsonField<int>::invalid();
    }
    if (std::abs(*value) > kMaxWholeNumber) {
        error(path.member(key), QCoreApplication::translate(
                                    "JsonReader", "%1 is far too large (whole numbers up to %2)")
                                    .arg(shown(*value), shown(kMaxWholeNumber)));
        return JsonField<int>::invalid();
    }
    return static_cast<int>(*value);
}

JsonField<bool> JsonReader::boolean(const QJsonObject &object, const QString &key,
                                    const JsonPath &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return JsonField<bool>::withoutValueLike(value);
    }
    if (!value->isBool()) {
        wrongType(path.member(key), QCoreApplication::translate("JsonReader", "true or false"),
                  *value);
        return JsonField<bool>::invalid();
    }
    return value->toBool();
}

JsonField<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &key,
                                        const JsonPath &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return JsonField<QJsonArray>::withoutValueLike(value);
    }
    if (!value->isArray()) {
        wrongType(path.member(key), QCoreApplication::translate("JsonReader", "an array"), *value);
        return JsonField<QJsonArray>::invalid();
    }
    return value->toArray();
}

JsonField<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &key,
                                          const JsonPath &path, Need need)
{
    const auto value = field(object, key, path, need);
    if (!value) {
        return JsonField<QJsonObject>::withoutValueLike(value);
    }
    if (!value->isObject()) {
        wrongType(path.member(key), QCoreApplication::translate("JsonReader", "an object"), *value);
        return JsonField<QJsonObject>::invalid();
    }
    return value->toObject();
}

std::optional<QJsonObject> JsonReader::elementObject(const QJsonValue &value, const JsonPath &path)
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

bool JsonReader::isValidId(const QString &id)
{
    // What ^[a-z0-9]+(-[a-z0-9]+)*$ matches, by hand: every id of every file passes here, and
    // the regular expression cost more than the rest of reading the id. Like that pattern's
    // "$", which also matches before a final line feed, one trailing "\n" is accepted; callers
    // trim their ids, so none ever ends in one.
    QStringView text = id;
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    if (text.isEmpty() || text.front() == u'-' || text.back() == u'-') {
        return false;
    }
    char16_t previous = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const bool alphanumeric = (unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9');
        if (!alphanumeric && (unit != u'-' || previous == u'-')) {
            return false;
        }
        previous = unit;
    }
    return true;
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
