#include "report/builders/DocumentOpening.h"

namespace rolelens {

DocumentOpening::Opened DocumentOpening::open(const Catalog &catalog, const Scenario &scenario,
                                              const Advice &advice, const QString &kind,
                                              const QString &titled, const QStringList &subtitles)
{
    const Role *role = catalog.role(advice.judgedRoleId);
    const QString title = role ? titled.arg(role->title) : kind;
    Opened opened{Document(title), role};
    QStringList lines;
    if (!scenario.businessName.isEmpty()) {
        lines.append(scenario.businessName);
    }
    lines.append(subtitles);
    opened.document.add(blocks::Title{title, lines, kind});
    if (!role) {
        opened.document.add(noRole());
    }
    return opened;
}

blocks::Paragraph DocumentOpening::noRole()
{
    return blocks::Paragraph(tr("No role is considered and none fits the goals and tasks given: "
                                "add goals or tasks, or name the role you are considering."));
}

blocks::Signatures DocumentOpening::parties(const Scenario &scenario)
{
    const QString owner = scenario.businessName.isEmpty()
                              ? tr("Owner")
                              : tr("Owner, for %1").arg(scenario.businessName);
    //: Above a signature line: the person hired (a noun), beside the owner.
    return blocks::Signatures{{owner, tr("Hire")}};
}

} // namespace rolelens
