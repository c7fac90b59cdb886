#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// How every hiring document opens: a title naming the role the advice is about, the kind of
// document, the business's name and any subtitles of its own; and, when the advice is about no
// role, the sentence that says why, after which the document ends.
class DocumentOpening {
    Q_DECLARE_TR_FUNCTIONS(DocumentOpening)

public:
    struct Opened {
        Document document;
        const Role *role = nullptr; // null: the document says why and ends there
    };

    // TITLED is the title with the role's ("Job post: %1"); KIND names the document alone.
    static Opened open(const Catalog &catalog, const Scenario &scenario, const Advice &advice,
                       const QString &kind, const QString &titled,
                       const QStringList &subtitles = {});
    // Said where a document would be about a role and the advice is about none.
    static blocks::Paragraph noRole();
    // The parties who sign: the owner (for the business, when it has a name) and the hire.
    static blocks::Signatures parties(const Scenario &scenario);
};

} // namespace rolelens
