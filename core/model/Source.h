#pragma once

#include "base/EnumTable.h"

#include <QDate>
#include <QString>

namespace rolelens {

// Where a statement comes from. Articles are the seed articles the catalog is drawn from;
// general practice labels content the articles do not cover; illustrative labels an
// assumption chosen for display, not taken from any source; a published benchmark is an
// industry report whose figures the catalog quotes (Benchmark), named so that a reader can
// find it and judge its age and sample.
struct Source {
    enum class Kind { Article, GeneralPractice, Illustrative, PublishedBenchmark };

    // The oldest year a report may carry: older is a typing error.
    static constexpr int kFirstYear = 1900;

    QString id;
    Kind kind = Kind::Article;
    QString title;
    QString publisher;
    QString note;
    // Published benchmarks only (required there but for the data period): the year the report
    // came out, the time its data covers, how it measures, what it measured and where to read it.
    int year = 0;
    QString dataPeriod;
    QString method;
    QString sample;
    QString address;

    // Whole years since the report came out: 0 in its own year. The one place a figure's age
    // is worked out; Figures::age() writes it.
    int ageInYears(const QDate &today = QDate::currentDate()) const { return today.year() - year; }

    static const EnumTable<Kind> &kinds();
    static QString kindKey(Kind kind) { return kinds().key(kind); }
};

} // namespace rolelens
