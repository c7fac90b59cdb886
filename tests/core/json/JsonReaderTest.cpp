#include "json/JsonReader.h"

#include "json/JsonPath.h"
#include "support/QtPrinters.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

// The pattern ids were checked with before the check was written by hand.
bool matchesIdPattern(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

TEST(JsonReaderIds, HandWrittenCheckAgreesWithThePattern)
{
    const QStringList samples{
        QString(),
        QStringLiteral("a"),
        QStringLiteral("social-media-manager"),
        QStringLiteral("web-3-0"),
        QStringLiteral("42"),
        QStringLiteral("-a"),
        QStringLiteral("a-"),
        QStringLiteral("a--b"),
        QStringLiteral("-"),
        QStringLiteral("A"),
        QStringLiteral("caf\u00e9"),
        QStringLiteral("a b"),
        QStringLiteral("a_b"),
        QStringLiteral("a\n"),
        QStringLiteral("a\n\n"),
        QStringLiteral("\n"),
        QStringLiteral("-\n"),
        QStringLiteral("a\nb"),
        QStringLiteral(" a"),
        QStringLiteral("a\r\n"),
    };
    for (const auto &sample : samples) {
        EXPECT_EQ(JsonReader::isValidId(sample), matchesIdPattern(sample)) << qPrintable(sample);
    }
    // Random strings over an alphabet that makes near misses likely.
    const QString alphabet = QStringLiteral("az09-Z_\n \u00e9");
    QRandomGenerator random(8);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QString sample;
        const int length = random.bounded(7);
        for (int j = 0; j < length; ++j) {
            sample.append(alphabet.at(random.bounded(alphabet.size())));
        }
        const bool valid = JsonReader::isValidId(sample);
        accepted += valid ? 1 : 0;
        ASSERT_EQ(valid, matchesIdPattern(sample)) << qPrintable(sample);
    }
    EXPECT_GT(accepted, 100); // the comparison covered both answers
}

TEST(JsonPath, WritesMembersAndElements)
{
    const JsonPath root;
    EXPECT_EQ(root.toString(), QStringLiteral("$"));
    const JsonPath path = root.member(QStringLiteral("roles"))
                              .element(12)
                              .member(QStringLiteral("skills"))
                              .element(0)
                              .member(QStringLiteral("sources"))
                              .element(3)
                              .member(QStringLiteral("source"));
    EXPECT_EQ(path.toString(), QStringLiteral("$.roles[12].skills[0].sources[3].source"));
    // A path written out continues like the one it came from; empty keys keep their dot.
    EXPECT_EQ(JsonPath(path.toString()).member(QString()).element(0).toString(),
              QStringLiteral("$.roles[12].skills[0].sources[3].source.[0]"));
}

// A reader over one JSON object, with the problems it reports as "$.path: message".
struct Reading {
    explicit Reading(const char *json)
        : object(QJsonDocument::fromJson(QByteArray(json)).object()),
          reader(QStringLiteral("test.json"), diagnostics)
    {
    }

    QStringList problems() const
    {
        QStringList texts;
        for (const auto &diagnostic : diagnostics) {
            texts.append(diagnostic.jsonPath + QStringLiteral(": ") + diagnostic.message);
        }
        return texts;
    }

    QJsonObject object;
    Diagnostics diagnostics;
    JsonReader reader;
    const JsonPath path;
};

using Need = JsonReader::Need;

TEST(JsonReaderFields, AnOptionalFieldIsAbsentValidOrInvalid)
{
    Reading reading(R"({"given": " text ", "wrong": 7, "null": null})");
    const auto absent = reading.reader.string(reading.object, QStringLiteral("missing"),
                                              reading.path, Need::Optional);
    EXPECT_TRUE(absent.isAbsent());
    EXPECT_FALSE(absent.isInvalid());
    EXPECT_FALSE(absent);
    EXPECT_EQ(absent.valueOr(QStringLiteral("default")), QStringLiteral("default"));
    EXPECT_EQ(absent.toOptional(), std::nullopt);
    EXPECT_TRUE(reading.problems().isEmpty()); // leaving an optional field out is no problem

    const auto given = reading.reader.string(reading.object, QStringLiteral("given"), reading.path,
                                             Need::Optional);
    ASSERT_TRUE(given.hasValue());
    EXPECT_EQ(*given, QStringLiteral("text"));
    EXPECT_EQ(given.valueOr(QStringLiteral("default")), QStringLiteral("text"));

    const auto wrong = reading.reader.string(reading.object, QStringLiteral("wrong"), reading.path,
                                             Need::Optional);
    EXPECT_TRUE(wrong.isInvalid());
    EXPECT_FALSE(wrong.isAbsent());
    EXPECT_FALSE(wrong);
    const auto null =
        reading.reader.number(reading.object, QStringLiteral("null"), reading.path, Need::Optional);
    EXPECT_TRUE(null.isInvalid());
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.wrong: expected a string, found a number"),
                           QStringLiteral("$.null: null is not a value: give one or leave the "
                                          "field out")}));
}

TEST(JsonReaderFields, AMissingRequiredFieldIsAbsentAndReported)
{
    Reading reading(R"({"count": 2.5})");
    const auto missing = reading.reader.boolean(reading.object, QStringLiteral("flag"),
                                                reading.path, Need::Required);
    EXPECT_TRUE(missing.isAbsent());
    // A field read through another (an integer through its number) keeps its state.
    const auto notWhole = reading.reader.integer(reading.object, QStringLiteral("count"),
                                                 reading.path, Need::Required);
    EXPECT_TRUE(notWhole.isInvalid());
    const auto absentNumber = reading.reader.integer(reading.object, QStringLiteral("other"),
                                                     reading.path, Need::Optional);
    EXPECT_TRUE(absentNumber.isAbsent());
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.flag: required field is missing"),
                           QStringLiteral("$.count: expected a whole number, found 2.5")}));
}

TEST(JsonReaderFields, WholeNumbersAreReadUpToTheirLimit)
{
    const QByteArray limit = QByteArray::number(JsonReader::kMaxWholeNumber, 'f', 0);
    const QByteArray past = QByteArray::number(JsonReader::kMaxWholeNumber + 1, 'f', 0);
    const QByteArray json =
        "{\"limit\": " + limit + ", \"negative\": -" + limit + ", \"past\": " + past + "}";
    Reading reading(json.constData());
    const auto read = [&](const char *key) {
        return reading.reader.integer(reading.object, QString::fromLatin1(key), reading.path,
                                      Need::Required);
    };
    EXPECT_EQ(read("limit").toOptional(), static_cast<int>(JsonReader::kMaxWholeNumber));
    EXPECT_EQ(read("negative").toOptional(), -static_cast<int>(JsonReader::kMaxWholeNumber));
    EXPECT_TRUE(read("past").isInvalid());
    EXPECT_EQ(reading.problems(),
              QStringList{QStringLiteral(
                  "$.past: 1,000,000,001 is far too large (whole numbers up to 1,000,000,000)")});
}

JsonReader::FileHeader testHeader()
{
    return {QLatin1String("test-format"), 3, QStringLiteral("not a test file: \"%1\""),
            QStringLiteral("version %1, not %2")};
}

TEST(JsonReaderHeader, AcceptsTheFormatAndVersionItReads)
{
    Reading reading(R"({"format": "test-format", "version": 3})");
    EXPECT_TRUE(reading.reader.readHeader(reading.object, reading.path, testHeader()));
    EXPECT_TRUE(reading.problems().isEmpty());
}

TEST(JsonReaderHeader, AnotherFormatStopsBeforeTheVersion)
{
    // The version of another format means nothing: only the format is reported.
    Reading reading(R"({"format": "other", "version": "x"})");
    EXPECT_FALSE(reading.reader.readHeader(reading.object, reading.path, testHeader()));
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.format: not a test file: \"other\"")}));
}

TEST(JsonReaderHeader, ReportsAnotherVersionWithTheOneItReads)
{
    Reading reading(R"({"format": "test-format", "version": 4})");
    EXPECT_FALSE(reading.reader.readHeader(reading.object, reading.path, testHeader()));
    EXPECT_EQ(reading.problems(), QStringList({QStringLiteral("$.version: version 4, not 3")}));
}

TEST(JsonReaderHeader, ReportsBothFieldsMissing)
{
    Reading reading(R"({})");
    EXPECT_FALSE(reading.reader.readHeader(reading.object, reading.path, testHeader()));
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.format: required field is missing"),
                           QStringLiteral("$.version: required field is missing")}));
}

enum class Colour { Unset, Red, DarkBlue };

const EnumTable<Colour> &colours()
{
    static const EnumTable<Colour> table("JsonReaderTest", {
                                                               {Colour::Unset, nullptr, "Unset"},
                                                               {Colour::Red, "red", "Red"},
                                                               {Colour::DarkBlue, "dark-blue"},
                                                           });
    return table;
}

TEST(EnumTable, MapsValuesToKeysAndLabelsBothWays)
{
    EXPECT_EQ(colours().key(Colour::DarkBlue), QStringLiteral("dark-blue"));
    EXPECT_EQ(colours().fromKey(u"dark-blue"), Colour::DarkBlue);
    EXPECT_EQ(colours().fromKey(u"red"), Colour::Red);
    EXPECT_EQ(colours().fromKey(u"Red"), std::nullopt);
    EXPECT_EQ(colours().label(Colour::Red), QStringLiteral("Red"));
    EXPECT_EQ(colours().label(Colour::DarkBlue), QString());
    // A value without a key is never written, and no key (not even an empty one) reads as it.
    EXPECT_TRUE(colours().key(Colour::Unset).isEmpty());
    EXPECT_EQ(colours().fromKey(u""), std::nullopt);
    EXPECT_EQ(colours().label(Colour::Unset), QStringLiteral("Unset"));
}

QString unknownColour(const QString &found)
{
    return QStringLiteral("no colour \"%1\"").arg(found);
}

TEST(JsonReaderEnums, ReadsAnEnumFieldByItsKey)
{
    Reading reading(R"({"a": "dark-blue", "b": "green", "c": "", "d": 1})");
    const auto a = reading.reader.enumeration(reading.object, QStringLiteral("a"), reading.path,
                                              Need::Required, colours(), unknownColour);
    ASSERT_TRUE(a.hasValue());
    EXPECT_EQ(*a, Colour::DarkBlue);
    const auto b = reading.reader.enumeration(reading.object, QStringLiteral("b"), reading.path,
                                              Need::Required, colours(), unknownColour);
    EXPECT_TRUE(b.isInvalid());
    const auto c = reading.reader.enumeration(reading.object, QStringLiteral("c"), reading.path,
                                              Need::Optional, colours(), unknownColour);
    EXPECT_TRUE(c.isInvalid());
    const auto d = reading.reader.enumeration(reading.object, QStringLiteral("d"), reading.path,
                                              Need::Optional, colours(), unknownColour);
    EXPECT_TRUE(d.isInvalid());
    const auto e = reading.reader.enumeration(reading.object, QStringLiteral("e"), reading.path,
                                              Need::Optional, colours(), unknownColour);
    EXPECT_TRUE(e.isAbsent());
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.b: no colour \"green\""),
                           QStringLiteral("$.c: no colour \"\""),
                           QStringLiteral("$.d: expected a string, found a number")}));
}

TEST(JsonReaderEnums, MapsAKeyReadEarlierWithoutReportingItsProblemsTwice)
{
    Reading reading(R"({"a": 1, "b": "blue"})");
    const auto a =
        reading.reader.string(reading.object, QStringLiteral("a"), reading.path, Need::Required);
    const auto b =
        reading.reader.string(reading.object, QStringLiteral("b"), reading.path, Need::Required);
    EXPECT_EQ(reading.problems().size(), 1);
    EXPECT_TRUE(reading.reader.oneOf(a, QStringLiteral("a"), reading.path, colours(), unknownColour)
                    .isInvalid());
    EXPECT_TRUE(reading.reader.oneOf(b, QStringLiteral("b"), reading.path, colours(), unknownColour)
                    .isInvalid());
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.a: expected a string, found a number"),
                           QStringLiteral("$.b: no colour \"blue\"")}));
}

TEST(JsonReaderRanges, AnIntegerOutsideItsRangeIsInvalid)
{
    Reading reading(R"({"low": 0, "inside": 5, "high": 11})");
    const auto outOfRange = [](int found) {
        return QStringLiteral("%1 is not 1 to 10").arg(found);
    };
    const JsonReader::Range<int> range{1, 10};
    const auto read = [&](const char *key) {
        return reading.reader.integer(reading.object, QString::fromLatin1(key), reading.path,
                                      Need::Optional, range, outOfRange);
    };
    EXPECT_TRUE(read("low").isInvalid());
    ASSERT_TRUE(read("inside").hasValue());
    EXPECT_EQ(*read("inside"), 5);
    EXPECT_TRUE(read("high").isInvalid());
    EXPECT_TRUE(read("absent").isAbsent());
    EXPECT_EQ(reading.problems(), QStringList({QStringLiteral("$.low: 0 is not 1 to 10"),
                                               QStringLiteral("$.high: 11 is not 1 to 10")}));
}

TEST(JsonReaderRanges, TheMinimumCanBeLeftOut)
{
    const JsonReader::Range<double> moreThanZero{0.0, 520.0, false};
    EXPECT_FALSE(moreThanZero.contains(0.0));
    EXPECT_TRUE(moreThanZero.contains(0.5));
    EXPECT_TRUE(moreThanZero.contains(520.0));
    EXPECT_FALSE(moreThanZero.contains(520.5));
    const JsonReader::Range<double> fromZero{0.0, 520.0};
    EXPECT_TRUE(fromZero.contains(0.0));
    EXPECT_TRUE(fromZero.contains(-0.0));
    EXPECT_FALSE(fromZero.contains(-0.5));
}

TEST(JsonReaderRanges, ChecksANumberReadEarlier)
{
    Reading reading(R"({"weeks": 600, "text": "x"})");
    const auto weeks = reading.reader.number(reading.object, QStringLiteral("weeks"), reading.path,
                                             Need::Required);
    const auto text =
        reading.reader.number(reading.object, QStringLiteral("text"), reading.path, Need::Required);
    const auto absent = reading.reader.number(reading.object, QStringLiteral("absent"),
                                              reading.path, Need::Optional);
    const JsonReader::Range<double> range{0.0, 520.0};
    const auto outOfRange = [](double found) {
        return QStringLiteral("%1 weeks").arg(found);
    };
    EXPECT_FALSE(
        reading.reader.checkRange(weeks, QStringLiteral("weeks"), reading.path, range, outOfRange));
    // Nothing to check, and nothing more to say: a wrong field was reported when read.
    EXPECT_TRUE(
        reading.reader.checkRange(text, QStringLiteral("text"), reading.path, range, outOfRange));
    EXPECT_TRUE(reading.reader.checkRange(absent, QStringLiteral("absent"), reading.path, range,
                                          outOfRange));
    EXPECT_EQ(reading.problems(),
              QStringList({QStringLiteral("$.text: expected a number, found a string"),
                           QStringLiteral("$.weeks: 600 weeks")}));
}

} // namespace
} // namespace rolelens
