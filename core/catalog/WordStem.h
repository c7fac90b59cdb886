#pragma once

#include <QString>
#include <QStringView>

namespace rolelens {

// The stem of a case-folded English word, so that the forms of one word find each other in a
// search: "advertising", "advertise", "advertised" and "advertisement" all give "advertis";
// "manage", "manager", "managing" and "management" give "manag". A light suffix stripper
// (plurals, -ing, -ed, -er, -ment, a final -e, -y after a consonant), not a full Porter
// stemmer: it only has to give equal stems to the forms people type for the same thing, and
// a stem is never shorter than three letters, so short words ("user", "need") stay whole.
// Words of other languages pass through it unchanged or lose an ending consistently, which
// is all an equality test needs.
QString wordStem(QStringView word);

} // namespace rolelens
