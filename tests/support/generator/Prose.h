#pragma once

#include "support/generator/Rng.h"

#include <QString>

#include <span>

// Generated text: words picked from the lists, sentence templates filled, ids made of names.
namespace rolelens::bench {

using Words = std::span<const char *const>;

QString word(Rng &rng, Words words);
QString capitalized(QString text);
// "Plan weekly reports" -> "plan-weekly-reports".
QString slug(const QString &text);
// Fills the slots of a sentence template: one pick per slot, so that a slot used twice (in a
// belief and its reality) names the same thing.
QString fill(Rng &rng, QString text, const QString &role);
QString fill(Rng &rng, const char *pattern, const QString &role);
// An opening sentence followed by up to two general ones, in one to three sentences.
QString prose(Rng &rng, const char *opener, const QString &role, int extraSentences);

} // namespace rolelens::bench
