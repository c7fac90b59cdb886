#pragma once

#include "base/EnumTable.h"
#include "model/Citation.h"

#include <QString>

namespace rolelens {

// A figure a published benchmark report gives for one metric on one platform, quoted from the
// report: something an owner can hold the hire's results against. Each figure keeps its own
// denominator in its unit ("% of followers", "interactions per 1,000 impressions"), because
// rates divided by different things cannot be compared, so figures are never merged into one
// range.
struct Benchmark {
    // How the report summarises its sample. Top performers and consumer expectations are not
    // typical results, and the label says so wherever the figure is shown.
    enum class Statistic { Median, Average, Overall, TopPerformers, ConsumerExpectation };

    QString id;
    QString metricId;
    QString sourceId; // a source of kind published-benchmark
    QString platform; // "TikTok", "Facebook ads", "social media (all platforms)"
    Statistic statistic = Statistic::Median;
    double value = 0;
    QString unit;     // with its denominator: "% of followers"
    QString measured; // what exactly is counted and divided by what
    QString quote;    // the report's own words that give the figure

    Citation citation() const { return {sourceId, quote}; }
    bool operator==(const Benchmark &) const = default;

    static const EnumTable<Statistic> &statistics();
    static QString statisticKey(Statistic statistic) { return statistics().key(statistic); }
    // Translated, for display: "median".
    static QString statisticLabel(Statistic statistic) { return statistics().label(statistic); }
};

} // namespace rolelens
