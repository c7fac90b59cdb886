#include "json/JsonPath.h"

namespace rolelens {

JsonPath JsonPath::member(const QString &key) const
{
    return withStep({key, -1});
}

JsonPath JsonPath::element(qsizetype index) const
{
    return withStep({QString(), index});
}

JsonPath JsonPath::withStep(Step step) const
{
    JsonPath next = m_count < kMaxSteps ? *this : JsonPath(toString());
    next.m_steps[static_cast<std::size_t>(next.m_count++)] = std::move(step);
    return next;
}

QString JsonPath::toString() const
{
    QString text = m_prefix;
    for (int i = 0; i < m_count; ++i) {
        const Step &step = m_steps[static_cast<std::size_t>(i)];
        if (step.index >= 0) {
            text += QStringLiteral("[%1]").arg(step.index);
        } else {
            text += QLatin1Char('.') + step.key;
        }
    }
    return text;
}

} // namespace rolelens
