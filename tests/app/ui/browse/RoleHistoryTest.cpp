#include "ui/browse/RoleHistory.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

TEST(RoleHistory, BackAndForwardWalkTheRolesVisited)
{
    RoleHistory history;
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.back(), QString());
    history.visit(QStringLiteral("a"));
    history.visit(QStringLiteral("b"));
    history.visit(QStringLiteral("b")); // the same role again is one step
    history.visit(QStringLiteral("c"));
    EXPECT_EQ(history.back(), QStringLiteral("b"));
    EXPECT_EQ(history.back(), QStringLiteral("a"));
    EXPECT_FALSE(history.canGoBack());
    EXPECT_EQ(history.forward(), QStringLiteral("b"));
    EXPECT_TRUE(history.canGoForward());
    // A new role after going back drops the ones ahead.
    history.visit(QStringLiteral("d"));
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), QStringLiteral("b"));
    EXPECT_EQ(history.back(), QStringLiteral("a"));
}

TEST(RoleHistory, KeepsTheLatestRolesOnly)
{
    RoleHistory history;
    for (int role = 0; role < RoleHistory::kMaxLength + 10; ++role) {
        history.visit(QString::number(role));
    }
    int steps = 0;
    QString oldest;
    while (history.canGoBack()) {
        oldest = history.back();
        ++steps;
    }
    EXPECT_EQ(steps, RoleHistory::kMaxLength - 1);
    EXPECT_EQ(oldest, QStringLiteral("10"));
}

} // namespace
} // namespace rolelens
