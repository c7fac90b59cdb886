#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rolelens {

// The punctuation the program puts between pieces of text it joins, as the language in use
// writes it: French puts a no-break space before a colon or a semicolon ("Catégorie :
// Marketing"). Each mark is translated once, here, so that no place that joins text forgets it.
// Diagnostics ("file: $.path: message") are compiler-style and keep a bare colon.
class Punctuation {
    Q_DECLARE_TR_FUNCTIONS(Punctuation)

public:
    // "Label: text".
    static QString labelled(const QString &label, const QString &text);
    // What labelled() puts between a label and its text, for when the two are separate
    // pieces (a link and plain text): ": ".
    static QString colon();
    // A label whose text follows on another line, or in another piece: "Label:".
    static QString label(const QString &label);
    // Items joined as the clauses of one sentence, for items that may hold commas: "Planning
    // posts; Replying to comments".
    static QString semicolons(const QStringList &items);
};

} // namespace rolelens
