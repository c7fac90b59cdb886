#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// The job post for the role the advice is about (the one considered, else the plan's hire):
// what the role is for, what the hire will do, the skills it needs, how success will be
// measured (the realistic targets), the employment, and what is not part of the role with who
// does it instead. Every line is a catalog statement with its sources, or a heading; the
// owner's tasks the plan gives to another role are listed as not part of it, never piled on,
// unless the owner asks to keep one (the scenario's jobPost.keepTasks), and then it is marked.
class JobPostDocument {
    Q_DECLARE_TR_FUNCTIONS(JobPostDocument)

public:
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice);

private:
    static void addWork(Document &document, const Role &role);
    static void addMeasures(Document &document, const Catalog &catalog, const Advice &advice);
    static void addEmployment(Document &document, const Role &role);
    static void addKept(Document &document, const Catalog &catalog, const Role &role,
                        const Scenario &scenario, const Advice &advice);
    static void addNotPart(Document &document, const Catalog &catalog, const Role &role,
                           const Scenario &scenario, const Advice &advice);
};

} // namespace rolelens
