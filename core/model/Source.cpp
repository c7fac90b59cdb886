#include "model/Source.h"

namespace rolelens {

QString Source::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Article:
        return QStringLiteral("article");
    case Kind::GeneralPractice:
        return QStringLiteral("general-practice");
    case Kind::Illustrative:
        return QStringLiteral("illustrative");
    }
    return {};
}

} // namespace rolelens
