#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// The roles a profile has shown, for Back and Forward as in a help browser: showing a role
// after going back drops the roles that were ahead, and showing the same role twice in a row
// records it once.
class RoleHistory {
public:
    // Keeps this many roles: enough for any reading session, bounded for a long one.
    static constexpr qsizetype kMaxLength = 100;

    void visit(const QString &roleId);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_roles.size(); }
    // Moves back (forward) and returns the role there; empty when there is none.
    QString back();
    QString forward();
    QString current() const { return m_position >= 0 ? m_roles.at(m_position) : QString(); }

private:
    QStringList m_roles;
    qsizetype m_position = -1;
};

} // namespace rolelens
