#include "cli/JsonValues.h"

#include <QJsonObject>

namespace rolelens {

QJsonArray JsonValues::citations(const Citations &citations)
{
    QJsonArray array;
    for (const auto &citation : citations) {
        QJsonObject object{{QStringLiteral("source"), citation.sourceId}};
        if (!citation.quote.isEmpty()) {
            object.insert(QStringLiteral("quote"), citation.quote);
        }
        array.append(object);
    }
    return array;
}

QString JsonValues::sentence(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace rolelens
