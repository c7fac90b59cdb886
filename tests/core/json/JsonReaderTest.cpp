#include "json/JsonReader.h"

#include "json/JsonPath.h"
#include "support/QtPrinters.h"

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

TEST(JsonPath, WritesTheSameTextAsTheStringHelpers)
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
    const QString text = JsonReader::member(
        JsonReader::element(
            JsonReader::member(
                JsonReader::element(
                    JsonReader::member(
                        JsonReader::element(
                            JsonReader::member(QStringLiteral("$"), QStringLiteral("roles")), 12),
                        QStringLiteral("skills")),
                    0),
                QStringLiteral("sources")),
            3),
        QStringLiteral("source"));
    EXPECT_EQ(path.toString(), text);
    EXPECT_EQ(path.toString(), QStringLiteral("$.roles[12].skills[0].sources[3].source"));
    // A path written out continues like the one it came from; empty keys keep their dot.
    EXPECT_EQ(JsonPath(path.toString()).member(QString()).element(0).toString(),
              QStringLiteral("$.roles[12].skills[0].sources[3].source.[0]"));
}

} // namespace
} // namespace rolelens
