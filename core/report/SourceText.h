#pragma once

#include "model/Source.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// How a source is named wherever it is shown: in the numbered source list of every document
// and the window, and beside a published figure. Written in one place so that they agree.
class SourceText {
    Q_DECLARE_TR_FUNCTIONS(SourceText)

public:
    // A published report as a reader would look it up, with its age:
    // "Rival IQ, 2024 TikTok Benchmark Report, 2024 (2 years old)".
    static QString publication(const Source &source);
    // An entry of a numbered source list, without its number: the title (and publisher) and,
    // for an article, a label saying so; for a published benchmark, its publication, the period
    // and sample its data come from, its address and a label.
    static QString listEntry(const Source &source);
    // "Title, Publisher", or the title alone: a source named where no list is at hand (a
    // spreadsheet's cell).
    static QString named(const Source &source);
};

} // namespace rolelens
