#pragma once

#include "catalog/Catalog.h"
#include "fit/SelfCheckAnswers.h"
#include "report/Document.h"

#include <QCoreApplication>
#include <QMap>

namespace rolelens {

// The self-check's result for a student: the roles ranked by the overlap of their skills and
// kinds of work with the student's answers (fit/SelfCheck), each with the skills there and
// those to learn, the preferred work it involves, the sources behind each, and what the
// best-fitting roles are judged by. Says first that it is
// a reading of the catalog, not a test of aptitude.
class SelfCheckDocument {
    Q_DECLARE_TR_FUNCTIONS(SelfCheckDocument)

public:
    // The roles with the best overlap described further below the table.
    static constexpr int kRolesDescribed = 3;

    static Document build(const Catalog &catalog, const SelfCheckAnswers &answers);
};

} // namespace rolelens
