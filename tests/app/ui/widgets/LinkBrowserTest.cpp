#include "ui/widgets/LinkBrowser.h"

#include "support/QtPrinters.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

// A browser between two fields, as a profile sits between the role list and what follows.
class LinkBrowserTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(m_before);
        layout->addWidget(m_browser);
        layout->addWidget(m_after);
        m_browser->setOpenLinks(false);
        m_browser->setHtml(QStringLiteral(
            "<p>See <a href=\"role:one\">one</a> and <a href=\"cite:0\"><b>[1</b>,2]</a>.</p>"
            "<table><tr><td>a cell with <a href=\"metric:reach\">reach</a></td></tr></table>"));
        m_window.show();
        m_window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
        m_browser->setFocus(Qt::TabFocusReason);
    }

    QWidget m_window;
    QLineEdit *m_before = new QLineEdit;
    LinkBrowser *m_browser = new LinkBrowser;
    QLineEdit *m_after = new QLineEdit;
};

TEST_F(LinkBrowserTest, ArrowKeysMoveFromLinkToLink)
{
    EXPECT_EQ(m_browser->focusedLink(), QString());
    QTest::keyClick(m_browser, Qt::Key_Down);
    EXPECT_EQ(m_browser->focusedLink(), QStringLiteral("role:one"));
    EXPECT_TRUE(m_browser->focusedLinkRect().isValid());
    // A link made of several fragments is one stop.
    QTest::keyClick(m_browser, Qt::Key_Right);
    EXPECT_EQ(m_browser->focusedLink(), QStringLiteral("cite:0"));
    EXPECT_EQ(m_browser->textCursor().selectedText(), QStringLiteral("[1,2]"));
    QTest::keyClick(m_browser, Qt::Key_Down); // into the table
    EXPECT_EQ(m_browser->focusedLink(), QStringLiteral("metric:reach"));
    QTest::keyClick(m_browser, Qt::Key_Down); // no further link: stays
    EXPECT_EQ(m_browser->focusedLink(), QStringLiteral("metric:reach"));
    QTest::keyClick(m_browser, Qt::Key_Up);
    QTest::keyClick(m_browser, Qt::Key_Left);
    EXPECT_EQ(m_browser->focusedLink(), QStringLiteral("role:one"));
}

TEST_F(LinkBrowserTest, ReturnAndSpaceActivateTheFocusedLink)
{
    QSignalSpy activated(m_browser, &QTextBrowser::anchorClicked);
    QTest::keyClick(m_browser, Qt::Key_Return); // no link focused yet
    EXPECT_EQ(activated.count(), 0);
    QTest::keyClick(m_browser, Qt::Key_Down);
    QTest::keyClick(m_browser, Qt::Key_Down);
    QTest::keyClick(m_browser, Qt::Key_Return);
    QTest::keyClick(m_browser, Qt::Key_Down);
    QTest::keyClick(m_browser, Qt::Key_Space);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(0).at(0).toUrl().toString(), QStringLiteral("cite:0"));
    EXPECT_EQ(activated.at(1).at(0).toUrl().toString(), QStringLiteral("metric:reach"));
}

TEST_F(LinkBrowserTest, TabLeavesAtOnce)
{
    QTest::keyClick(m_browser, Qt::Key_Down);
    QTest::keyClick(m_browser, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_after);
    m_browser->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_browser, Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), m_before);
}

} // namespace
} // namespace rolelens
