#include "catalog/parsers/SourcesParser.h"

#include <QDate>
#include <QUrl>

namespace rolelens {

using Need = JsonReader::Need;

SourcesParser::SourcesParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void SourcesParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        JsonReader::keys({"id", "kind", "title", "publisher", "note", "year", "dataPeriod",
                          "method", "sample", "address"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    Source source;
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    const auto kindKey = m_reader.string(object, QStringLiteral("kind"), path, Need::Required);
    const auto title = m_reader.string(object, QStringLiteral("title"), path, Need::Required);
    source.publisher = m_reader.string(object, QStringLiteral("publisher"), path, Need::Optional)
                           .valueOr(QString());
    source.note =
        m_reader.string(object, QStringLiteral("note"), path, Need::Optional).valueOr(QString());
    // Checked after the other fields, so that its message follows theirs.
    const auto kind = m_reader.oneOf(kindKey, QStringLiteral("kind"), path, Source::kinds(),
                                     [](const QString &found) {
                                         return tr("unknown source kind \"%1\" (expected article, "
                                                   "general-practice, illustrative or "
                                                   "published-benchmark)")
                                             .arg(found);
                                     });
    // With no valid kind, which fields belong is unknown: the kind's error is enough.
    const bool described =
        kind && parsePublication(object, path, *kind == Source::Kind::PublishedBenchmark, source);
    if (!id || !kind || !title || !described ||
        !m_context.claimId(QStringLiteral("source"), *id, path)) {
        return;
    }
    source.id = *id;
    source.kind = *kind;
    source.title = *title;
    m_context.into().sources.append(std::move(source));
}

bool SourcesParser::parsePublication(const QJsonObject &object, const JsonPath &path,
                                     bool publication, Source &source)
{
    // A reader judges a benchmark by who published it, when, how and on what sample, and
    // looks it up at its address: without any of these the figure cannot be checked.
    const Need need = publication ? Need::Required : Need::Optional;
    const auto text = [&](const char *key, Need needed) {
        return m_reader.string(object, QString::fromLatin1(key), path, needed);
    };
    const auto dataPeriod = text("dataPeriod", Need::Optional);
    const auto method = text("method", need);
    const auto sample = text("sample", need);
    const auto address = text("address", need);
    const int thisYear = QDate::currentDate().year();
    const auto year = m_reader.integer(
        object, QStringLiteral("year"), path, need, {Source::kFirstYear, thisYear}, [&](int found) {
            return tr("%1 is out of range (expected a year from %2 to %3)")
                .arg(found)
                .arg(Source::kFirstYear)
                .arg(thisYear);
        });
    bool ok = !dataPeriod.isInvalid() && method && sample && address && year;
    if (publication && source.publisher.isEmpty()) {
        m_reader.error(path.member(QStringLiteral("publisher")),
                       tr("a published benchmark must name its publisher"));
        ok = false;
    }
    if (!publication) {
        // Fields that describe a report mean nothing on an article or a label; most likely the
        // kind is wrong.
        bool misplaced = false;
        for (const char *key : {"year", "dataPeriod", "method", "sample", "address"}) {
            if (object.contains(QString::fromLatin1(key))) {
                m_reader.error(path.member(QString::fromLatin1(key)),
                               tr("only a published-benchmark source has \"%1\"")
                                   .arg(QString::fromLatin1(key)));
                misplaced = true;
            }
        }
        return !misplaced && !dataPeriod.isInvalid() && !method.isInvalid() &&
               !sample.isInvalid() && !address.isInvalid() && !year.isInvalid();
    }
    if (address) {
        const QUrl url(*address, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            m_reader.error(path.member(QStringLiteral("address")),
                           tr("expected a web address starting with https:// or http://, found "
                              "\"%1\"")
                               .arg(*address));
            ok = false;
        }
    }
    if (!ok) {
        return false;
    }
    source.year = *year;
    source.dataPeriod = dataPeriod.valueOr(QString());
    source.method = *method;
    source.sample = *sample;
    source.address = *address;
    return true;
}

} // namespace rolelens
