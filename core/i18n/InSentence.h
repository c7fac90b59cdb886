#pragma once

#include <QString>

namespace rolelens {

// A catalog title or label ("Social media manager", "Return on ad spend (ROAS)") as it reads
// inside a sentence the program builds around it, in the language in use. The catalog writes
// them as they stand alone, capitalised; mid-sentence English, Spanish and French lower the
// first letter, German keeps its nouns' capitals, and no language lowers an acronym or a brand.
class InSentence {
public:
    // In the language in use (Languages::current()).
    static QString label(const QString &text);
    // In `language` ("en", "de", ...): for callers that know it, and for tests.
    static QString label(const QString &text, const QString &language);

    // `sentence`, whose own "and" or "or" comes before a catalog word, with the conjunction the
    // language in use writes before that word: Spanish "y" becomes "e" before an i sound
    // ("social media manager e influencer") and "o" becomes "u" before an o sound. A
    // translation cannot choose it, since it does not know the word.
    static QString conjunctions(const QString &sentence);
    static QString conjunctions(const QString &sentence, const QString &language);
};

} // namespace rolelens
