#pragma once

#include <QString>
#include <QStringList>

namespace rolelens::tags {

// A dimension's tag ("brand-presence") as readers see it: a keyword in the language in use
// ("brand presence", "Markenpräsenz"). Tags stay ids in files and in JSON output; only what is
// shown is translated. An unknown tag (a user's catalog may bring one) is shown as it is.
QString label(const QString &tag);
// Whether `tag` has a keyword of its own (every tag of the dimensions' vocabularies has).
bool hasKeyword(const QString &tag);
// Several, in their order, separated as a list is.
QString labels(const QStringList &tags);

} // namespace rolelens::tags
