#include "support/BuiltInCatalog.h"
#include "support/CatalogCitations.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

// docs/article-audit.json lists every claim sentence of the five articles with its status,
// and docs/article-audit.md shows it to readers. What a test can hold them to: each sentence
// is the article's own text, what is called represented is quoted by the catalog, what is
// called left out is quoted nowhere, every quote in the catalog belongs to an audited
// sentence, and the Markdown counts what the json holds. scripts/article_audit.py writes both
// files and applies the same rules.
namespace rolelens {
namespace {

using testing::builtInCatalog;

// The part of a quote inside a sentence must be the whole quote, the whole sentence or at
// least this long for the sentence to count as quoted: a quote may run across two sentences.
constexpr qsizetype kMinShared = 20;

const QString kStatuses[] = {QStringLiteral("represented"), QStringLiteral("partial"),
                             QStringLiteral("left-out")};

using Span = std::pair<qsizetype, qsizetype>; // [begin, end) in the article's text

struct AuditedSentence {
    int number = 0;
    QString text;
    QString status;
    QString reason;
    Span span;
};

struct AuditedArticle {
    QString id;
    QString shortId;
    QString text;
    QList<AuditedSentence> sentences;
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << qPrintable(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The audit as the json holds it, each sentence placed in its article (searching on from the
// sentence before, so the order is the article's).
const QList<AuditedArticle> &audit()
{
    static const QList<AuditedArticle> articles = [] {
        QList<AuditedArticle> read;
        const QJsonObject root =
            QJsonDocument::fromJson(
                readFile(QStringLiteral(ROLELENS_SOURCE_DIR "/docs/article-audit.json")).toUtf8())
                .object();
        for (const auto &value : root.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject object = value.toObject();
            AuditedArticle article;
            article.id = object.value(QStringLiteral("article")).toString();
            article.shortId = object.value(QStringLiteral("short")).toString();
            article.text = readFile(QStringLiteral(ROLELENS_TEST_DATA "/seeds/") + article.id +
                                    QStringLiteral(".txt"));
            qsizetype from = 0;
            for (const auto &item : object.value(QStringLiteral("sentences")).toArray()) {
                const QJsonObject row = item.toObject();
                AuditedSentence sentence;
                sentence.number = row.value(QStringLiteral("n")).toInt();
                sentence.text = row.value(QStringLiteral("sentence")).toString();
                sentence.status = row.value(QStringLiteral("status")).toString();
                sentence.reason = row.value(QStringLiteral("reason")).toString();
                const qsizetype at = article.text.indexOf(sentence.text, from);
                sentence.span = {at, at < 0 ? -1 : at + sentence.text.size()};
                if (at >= 0) {
                    from = sentence.span.second;
                }
                article.sentences.append(sentence);
            }
            read.append(article);
        }
        return read;
    }();
    return articles;
}

// Every citation in the catalog that quotes an article, and where it is.
QList<std::pair<QString, Citation>> articleQuotes()
{
    QList<std::pair<QString, Citation>> quotes;
    const auto add = [&](const Citations &citations, const QString &where) {
        for (const auto &citation : citations) {
            if (!citation.quote.isEmpty()) {
                quotes.append({where, citation});
            }
        }
    };
    testing::forEachCitations(builtInCatalog(), add);
    return quotes;
}

QList<Span> occurrences(const QString &text, const QString &quote)
{
    QList<Span> found;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        found.append({at, at + quote.size()});
    }
    return found;
}

qsizetype shared(const Span &a, const Span &b)
{
    return std::min(a.second, b.second) - std::max(a.first, b.first);
}

// The quote says (part of) the sentence: see kMinShared.
bool quotesSentence(const Span &quote, const Span &sentence)
{
    const qsizetype overlap = shared(quote, sentence);
    return overlap > 0 && (overlap == quote.second - quote.first ||
                           overlap == sentence.second - sentence.first || overlap >= kMinShared);
}

TEST(ArticleAudit, CoversTheFiveArticlesSentenceBySentenceVerbatim)
{
    ASSERT_EQ(audit().size(), 5);
    for (const auto &article : audit()) {
        const Source *source = builtInCatalog().source(article.id);
        ASSERT_NE(source, nullptr) << qPrintable(article.id);
        EXPECT_EQ(source->kind, Source::Kind::Article);
        ASSERT_FALSE(article.sentences.isEmpty()) << qPrintable(article.id);
        for (qsizetype i = 0; i < article.sentences.size(); ++i) {
            const AuditedSentence &sentence = article.sentences.at(i);
            const std::string where =
                article.shortId.toStdString() + "-S" + std::to_string(sentence.number);
            EXPECT_EQ(sentence.number, i + 1) << where;
            // Exactly the article's characters, no-break spaces and curly quotes included,
            // in the article's order.
            EXPECT_GE(sentence.span.first, 0) << where << ": not verbatim in the article, or "
                                              << "out of order: " << qPrintable(sentence.text);
            EXPECT_TRUE(std::find(std::begin(kStatuses), std::end(kStatuses), sentence.status) !=
                        std::end(kStatuses))
                << where << ": " << qPrintable(sentence.status);
            if (sentence.status != kStatuses[0]) {
                EXPECT_FALSE(sentence.reason.trimmed().isEmpty()) << where << ": needs a reason";
            }
        }
    }
}

TEST(ArticleAudit, RepresentedSentencesAreQuotedAndLeftOutOnesAreNot)
{
    const auto quotes = articleQuotes();
    for (const auto &article : audit()) {
        QList<Span> quoted;
        for (const auto &[where, citation] : quotes) {
            if (citation.sourceId == article.id) {
                quoted += occurrences(article.text, citation.quote);
            }
        }
        for (const auto &sentence : article.sentences) {
            const std::string label = article.shortId.toStdString() + "-S" +
                                      std::to_string(sentence.number) + " (" +
                                      sentence.status.toStdString() + ")";
            const bool said = std::any_of(quoted.cbegin(), quoted.cend(), [&](const Span &quote) {
                return quotesSentence(quote, sentence.span);
            });
            const bool touched =
                std::any_of(quoted.cbegin(), quoted.cend(),
                            [&](const Span &quote) { return shared(quote, sentence.span) > 0; });
            if (sentence.status == QLatin1String("represented")) {
                EXPECT_TRUE(said) << label << ": no catalog quote of the article says it";
            }
            if (sentence.status == QLatin1String("left-out")) {
                EXPECT_FALSE(touched) << label << ": the catalog quotes it";
            }
        }
    }
}

TEST(ArticleAudit, EveryArticleQuoteInTheCatalogBelongsToAnAuditedSentence)
{
    QHash<QString, const AuditedArticle *> byId;
    for (const auto &article : audit()) {
        byId.insert(article.id, &article);
    }
    int checked = 0;
    for (const auto &[where, citation] : articleQuotes()) {
        const AuditedArticle *article = byId.value(citation.sourceId);
        if (!article) {
            continue; // not an article: general practice and assumptions carry no quote
        }
        ++checked;
        bool belongs = false;
        for (const Span &quote : occurrences(article->text, citation.quote)) {
            for (const auto &sentence : article->sentences) {
                belongs = belongs || shared(quote, sentence.span) > 0;
            }
        }
        EXPECT_TRUE(belongs) << qPrintable(where) << ": " << qPrintable(citation.quote);
    }
    EXPECT_GT(checked, 300);
}

TEST(ArticleAudit, TheTableCountsWhatTheJsonHolds)
{
    const QString markdown = readFile(QStringLiteral(ROLELENS_SOURCE_DIR "/docs/article-audit.md"));
    int total[4] = {0, 0, 0, 0};
    for (const auto &article : audit()) {
        int expected[4] = {static_cast<int>(article.sentences.size()), 0, 0, 0};
        for (const auto &sentence : article.sentences) {
            for (int s = 0; s < 3; ++s) {
                expected[s + 1] += sentence.status == kStatuses[s] ? 1 : 0;
            }
        }
        // "| 000 `article-…` | 36 | 30 | 1 | 5 |"
        const QRegularExpression row(QStringLiteral("^\\| %1 `%2` \\| (\\d+) \\| (\\d+) \\| "
                                                    "(\\d+) \\| (\\d+) \\|$")
                                         .arg(article.shortId, article.id),
                                     QRegularExpression::MultilineOption);
        const auto match = row.match(markdown);
        ASSERT_TRUE(match.hasMatch()) << "no summary row for " << qPrintable(article.id);
        for (int c = 0; c < 4; ++c) {
            EXPECT_EQ(match.captured(c + 1).toInt(), expected[c])
                << qPrintable(article.id) << " column " << c;
            total[c] += expected[c];
        }
        // One table row per sentence, under the article's heading.
        const qsizetype heading =
            markdown.indexOf(QStringLiteral("## %1: `%2`").arg(article.shortId, article.id));
        ASSERT_GE(heading, 0) << qPrintable(article.id);
        const qsizetype next = markdown.indexOf(QStringLiteral("\n## "), heading + 1);
        const QString section = markdown.mid(heading, next < 0 ? -1 : next - heading);
        EXPECT_EQ(section.count(QRegularExpression(QStringLiteral("(?m)^\\| S\\d+ \\|"))),
                  article.sentences.size())
            << qPrintable(article.id);
    }
    const QRegularExpression all(QStringLiteral("^\\| \\*\\*all\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| "
                                                "\\*\\*(\\d+)\\*\\* \\| \\*\\*(\\d+)\\*\\* \\| "
                                                "\\*\\*(\\d+)\\*\\* \\|$"),
                                 QRegularExpression::MultilineOption);
    const auto match = all.match(markdown);
    ASSERT_TRUE(match.hasMatch());
    for (int c = 0; c < 4; ++c) {
        EXPECT_EQ(match.captured(c + 1).toInt(), total[c]) << "column " << c;
    }
}

} // namespace
} // namespace rolelens
