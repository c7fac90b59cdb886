#pragma once

#include <QString>
#include <QStringView>

namespace rolelens {

// The stem of a case-folded word without its accents (SearchIndex::withoutAccents), so that
// the forms of one word find each other in a search: "advertising", "advertise", "advertised"
// and "advertisement" all give "advertis"; "manage", "manager", "managing" and "management"
// give "manag". A light suffix stripper, not a full Porter stemmer: it only has to give equal
// stems to the forms people type for the same thing, and a stem is never shorter than three
// letters, so short words ("user", "need") stay whole.
// English: plurals, -ing, -ed, -er, -ment, a final -e, -y after a consonant. Spanish and
// French mostly inflect by a plural -s or -es and a final -e, which the same rules remove
// ("anuncios" and "anuncio", "comunidades" and "comunidad", "annonces" and "annonce"); on top
// of them, French plurals in -x ("réseaux" is "réseau", "sociaux" is "social") and the
// feminine of agent nouns ("influenceuse" is "influenceur", "rédactrice" is "rédacteur",
// "gestora" is "gestor"). A word in -us keeps its s (English "status"), so a French plural
// in -us ("contenus") is not found by its singular's stem: the search terms list both.
// German words pass through unchanged or lose an ending consistently, which is all an
// equality test needs.
QString wordStem(QStringView word);

} // namespace rolelens
