#include "report/SourceText.h"

#include "report/Figures.h"

namespace rolelens {

QString SourceText::publication(const Source &source)
{
    return tr("%1, %2, %3 (%4)")
        .arg(source.publisher, source.title, QString::number(source.year),
             Figures::age(source.ageInYears()));
}

QString SourceText::listEntry(const Source &source)
{
    switch (source.kind) {
    case Source::Kind::PublishedBenchmark: {
        // Who measured what, when and on whom: what a reader needs to judge whether the figure
        // fits their own business.
        QString entry = publication(source) + QStringLiteral(". ");
        if (!source.dataPeriod.isEmpty()) {
            entry += tr("Data: %1.").arg(source.dataPeriod) + QLatin1Char(' ');
        }
        return entry + tr("Sample: %1.").arg(source.sample) + QLatin1Char(' ') + source.address +
               tr(" (published benchmark)");
    }
    case Source::Kind::Article:
        return named(source) + tr(" (article)");
    case Source::Kind::GeneralPractice:
    case Source::Kind::Illustrative:
        break;
    }
    return named(source);
}

QString SourceText::named(const Source &source)
{
    return source.publisher.isEmpty()
               ? source.title
               : QStringLiteral("%1, %2").arg(source.title, source.publisher);
}

} // namespace rolelens
