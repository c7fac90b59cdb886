#pragma once

#include "catalog/Catalog.h"
#include "report/Document.h"

#include <QCoreApplication>

namespace rolelens {

// A role's profile: purpose, every dimension, responsibilities, skills, success metrics, place
// in the organisation, what the role does not do and who does, misconceptions, where the
// sources disagree, expected results, and the sources. One builder for the terminal, Markdown,
// the window and the printed profile sheet.
class ProfileDocument {
    Q_DECLARE_TR_FUNCTIONS(ProfileDocument)

public:
    static Document build(const Catalog &catalog, const Role &role);

private:
    static void addGlance(Document &document, const Role &role);
    static void addMetrics(Document &document, const Catalog &catalog, const Role &role);
    static void addPlace(Document &document, const Catalog &catalog, const Role &role);
    static void addBoundaries(Document &document, const Catalog &catalog, const Role &role);
    static blocks::Paragraph roleLinks(const QString &label, const QStringList &roleIds,
                                       const Catalog &catalog);
    static blocks::Paragraph lineStatement(const Catalog &catalog, const QString &otherRoleId,
                                           const RoleLink &statement);
};

} // namespace rolelens
