#pragma once

#include "advisor/Advice.h"

#include <QList>

namespace rolelens::testing {

// Two answers of the advisor agree on everything a person or a report reads, with a failure
// for each difference.
void expectSameRecommendations(const QList<Advice::Recommendation> &actual,
                               const QList<Advice::Recommendation> &expected);
void expectSameAdvice(const Advice &actual, const Advice &expected);

} // namespace rolelens::testing
