#include "report/SignatureLines.h"

namespace rolelens {

QString SignatureLines::line(const QString &party)
{
    // Fits an 80-column terminal with the party's name and the indent.
    return tr("%1 — name: _______________  signature: _______________  date: _________").arg(party);
}

} // namespace rolelens
