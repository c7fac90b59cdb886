#include "ui/browse/RoleHistory.h"

namespace rolelens {

void RoleHistory::visit(const QString &roleId)
{
    if (roleId.isEmpty() || roleId == current()) {
        return;
    }
    m_roles.resize(m_position + 1);
    m_roles.append(roleId);
    if (m_roles.size() > kMaxLength) {
        m_roles.removeFirst();
    }
    m_position = m_roles.size() - 1;
}

QString RoleHistory::back()
{
    if (!canGoBack()) {
        return {};
    }
    return m_roles.at(--m_position);
}

QString RoleHistory::forward()
{
    if (!canGoForward()) {
        return {};
    }
    return m_roles.at(++m_position);
}

} // namespace rolelens
