#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rolelens {

// The comparison dimensions every role fills, with their stable keys, their labels and the
// fixed vocabulary of tags each one accepts. Relations between roles are computed from tags.
enum class Dimension {
    Purpose,
    Focus,
    Employment,
    AudienceEngagement,
    Monetization,
    SuccessMetrics,
    TimeHorizon,
    DecisionLevel,
    Hierarchy,
};

namespace dimensions {

const QList<Dimension> &all();
QString key(Dimension dimension);
std::optional<Dimension> fromKey(const QString &key);
// Translated label for display.
QString label(Dimension dimension);
const QStringList &vocabulary(Dimension dimension);

} // namespace dimensions
} // namespace rolelens
