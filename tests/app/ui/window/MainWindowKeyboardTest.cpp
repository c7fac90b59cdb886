// Browse from the keyboard (issue 17): citations read without a mouse.

#include "app/ui/window/MainWindowTest.h"
#include "charts/MetricChartBuilder.h"
#include "report/builders/ProfileDocument.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/widgets/HtmlRenderer.h"
#include "ui/widgets/LinkBrowser.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QToolTip>

namespace rolelens {
namespace {

class MainWindowKeyboardTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        // Shortcuts answer only in the active window.
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_browse = m_window->browseView();
        m_browse->selectRole(QStringLiteral("social-media-manager"));
    }

    QWidget *focused() const { return QApplication::focusWidget(); }

    BrowseView *m_browse = nullptr;
};

// Puts the keyboard on the profile's first link whose address starts with `prefix`.
bool focusLink(LinkBrowser *browser, const QString &prefix)
{
    browser->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < 500; ++step) {
        QTest::keyClick(browser, Qt::Key_Down);
        if (browser->focusedLink().startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

TEST_F(MainWindowKeyboardTest, ReturnOnAFocusedCitationShowsItsQuote)
{
    LinkBrowser *browser = m_browse->profile()->browser();
    // One Tab stop: Tab from the list lands in the profile text, and the next Tab leaves it.
    m_browse->roleList()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_browse->roleList(), Qt::Key_Tab);
    EXPECT_EQ(focused(), browser);

    ASSERT_TRUE(focusLink(browser, QStringLiteral("cite:")));
    QToolTip::hideText();
    QTest::keyClick(browser, Qt::Key_Return);
    ASSERT_TRUE(QToolTip::isVisible());
    // The quotes behind that reference number, as the hover shows them.
    HtmlRenderer html(m_window->catalog(), browser->palette());
    html.render(ProfileDocument::build(m_window->catalog(), role("social-media-manager")));
    const QString expected = html.citationToolTip(browser->focusedLink().mid(5).toInt());
    EXPECT_TRUE(expected.contains(QStringLiteral("“")));
    EXPECT_EQ(QToolTip::text(), expected);

    // Space on a metric shows its definition.
    ASSERT_TRUE(focusLink(browser, QStringLiteral("metric:")));
    QToolTip::hideText();
    QTest::keyClick(browser, Qt::Key_Space);
    ASSERT_TRUE(QToolTip::isVisible());
    const QString metricId = browser->focusedLink().mid(7);
    EXPECT_EQ(QToolTip::text(), MetricChartBuilder::metricToolTip(m_window->catalog(), metricId));
    EXPECT_FALSE(QToolTip::text().isEmpty());

    QTest::keyClick(browser, Qt::Key_Tab);
    EXPECT_NE(focused(), browser);
}

} // namespace
} // namespace rolelens
