#pragma once

#include "catalog/Catalog.h"

#include <QString>

namespace rolelens::testing {

// Calls VISIT(citations, where) for every list of citations behind a statement of the catalog:
// each role's summary, dimensions, responsibilities, skills, metric uses, exclusions,
// misconceptions and assumptions, each metric, disagreement position and piece of guidance.
// The tests that check quotes against the articles walk the catalog through it, so that none
// misses a part.
template <typename Visit> void forEachCitations(const Catalog &catalog, Visit visit)
{
    for (const auto &role : catalog.roles()) {
        visit(role.summarySources, role.id);
        for (const auto &value : role.dimensions) {
            visit(value.sources, role.id);
        }
        for (const auto &item : role.responsibilities) {
            visit(item.sources, role.id + QLatin1Char('/') + item.id);
        }
        for (const auto &item : role.skills) {
            visit(item.sources, role.id + QLatin1Char('/') + item.id);
        }
        for (const auto &use : role.metrics) {
            visit(use.basis, role.id + QLatin1Char('/') + use.metricId);
        }
        for (const auto &item : role.notResponsibleFor) {
            visit(item.sources, role.id + QStringLiteral("/not ") + item.handledBy);
        }
        for (const auto &item : role.misconceptions) {
            visit(item.sources, role.id + QStringLiteral("/misconception"));
        }
        if (role.expectedResults) {
            visit(role.expectedResults->sources, role.id + QStringLiteral("/curve"));
        }
        if (role.audienceGrowth) {
            visit(role.audienceGrowth->sources, role.id + QStringLiteral("/growth"));
        }
    }
    for (const auto &metric : catalog.metrics()) {
        visit(metric.sources, metric.id);
    }
    for (const auto &disagreement : catalog.disagreements()) {
        for (const auto &position : disagreement.positions) {
            visit(position.sources, disagreement.id);
        }
    }
    for (const auto &guidance : catalog.guidance()) {
        visit(guidance.sources, guidance.id);
    }
}

} // namespace rolelens::testing
