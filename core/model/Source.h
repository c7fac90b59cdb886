#pragma once

#include "base/EnumTable.h"

#include <QString>

namespace rolelens {

// Where a statement comes from. Articles are the seed articles the catalog is drawn from;
// general practice labels content the articles do not cover; illustrative labels an
// assumption chosen for display, not taken from any source.
struct Source {
    enum class Kind { Article, GeneralPractice, Illustrative };

    QString id;
    Kind kind = Kind::Article;
    QString title;
    QString publisher;
    QString note;

    static const EnumTable<Kind> &kinds();
    static QString kindKey(Kind kind) { return kinds().key(kind); }
};

} // namespace rolelens
