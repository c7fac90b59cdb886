#pragma once

#include <QString>

namespace rolelens {

// Whether English writes "an" or "a" before a role's title ("an administrative assistant",
// "a user researcher", "an SEO specialist"). The rules keep one sentence for each, both
// translated, because other languages choose their article by other rules.
class IndefiniteArticle {
public:
    // By the sound of the title's first word, as it is written in the catalog: an acronym
    // ("SEO", "UX") by the name of its first letter, a word by its first letters.
    static bool takesAn(const QString &title);
};

} // namespace rolelens
