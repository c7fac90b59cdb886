// Browse: searching the roles, following links between profiles, what a profile shows.

#include "app/ui/window/MainWindowTest.h"
#include "support/ClickLink.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleListModel.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTextBrowser>

namespace rolelens {
namespace {

QStringList visibleRoleIds(const MainWindow &window)
{
    QStringList ids;
    const QAbstractItemModel *model = window.browseView()->roleList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->index(row, 0).data(RoleListModel::IdRole).toString());
    }
    return ids;
}

TEST_F(MainWindowTest, TypingInTheSearchFieldFiltersTheList)
{
    m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QLineEdit *search = m_window->browseView()->searchField();
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("press release"));
    const QStringList ids = visibleRoleIds(*m_window);
    EXPECT_TRUE(ids.contains(QStringLiteral("public-relations-specialist")));
    EXPECT_FALSE(ids.contains(QStringLiteral("social-media-influencer")));
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("matchCount"));
    EXPECT_EQ(count->text(), QStringLiteral("%1 of 9 roles match").arg(ids.size()));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("roas"));
    // The one role judged by it first; then roles that hold its words ("return on ad spend").
    EXPECT_EQ(visibleRoleIds(*m_window).value(0), QStringLiteral("social-media-marketer"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("social-media-marketer"));
}

TEST_F(MainWindowTest, ClickingAHandledByLinkOpensThatRole)
{
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    QTextBrowser *browser = m_window->browseView()->profile()->browser();
    testing::clickLink(browser, QStringLiteral("role:public-relations-specialist"));
    EXPECT_EQ(m_window->browseView()->selectedRoleId(),
              QStringLiteral("public-relations-specialist"));
    EXPECT_TRUE(browser->toPlainText().startsWith(QStringLiteral("Public relations specialist")));
    // Hidden by a search, the role is still opened: the filter is cleared.
    m_window->browseView()->searchField()->setText(QStringLiteral("influencer"));
    testing::clickLink(browser, QStringLiteral("role:social-media-manager"));
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("social-media-manager"));
}

TEST_F(MainWindowTest, ProfileShowsEveryPartOfTheRole)
{
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    const QString text = m_window->browseView()->profile()->browser()->toPlainText();
    for (const auto dimension : dimensions::all()) {
        EXPECT_TRUE(text.contains(dimensions::label(dimension)))
            << qPrintable(dimensions::label(dimension));
    }
    for (const char *heading :
         {"Responsibilities", "Skills", "Success metrics", "Reports to", "Supervises",
          "What this role does not do", "Misconceptions", "Where the sources disagree", "Sources",
          "Expected results over time"}) {
        EXPECT_TRUE(text.contains(QString::fromLatin1(heading))) << heading;
    }
    auto *stacked = qobject_cast<QHorizontalStackedBarSeries *>(
        m_window->browseView()->profile()->chartView()->chart()->series().first());
    ASSERT_NE(stacked, nullptr);
    EXPECT_EQ(stacked->barSets().first()->count(), role("social-media-manager").metrics.size());
}

} // namespace
} // namespace rolelens
