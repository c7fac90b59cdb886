// What the mouse reads by hovering in the advisor, the keyboard reads too: Return or Space on
// a source shows its quotation, on a branch opens it, and on a benchmark shows where its
// figure comes from.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "ui/advisor/TargetsTable.h"

#include <QToolTip>

namespace rolelens {
namespace {

// The first item under ITEM whose text starts with PREFIX, depth first.
QTreeWidgetItem *firstUnder(QTreeWidgetItem *item, const QString &prefix)
{
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (child->text(0).startsWith(prefix)) {
            return child;
        }
        if (QTreeWidgetItem *found = firstUnder(child, prefix)) {
            return found;
        }
    }
    return nullptr;
}

TEST_F(AdvisorViewTest, ReturnOrSpaceReadsAFindingsSourcesAndABenchmarksQuote)
{
    enterOvernightFollowers();
    FindingsTree *findings = view()->findings();
    QTreeWidgetItem *finding = findings->topLevelItem(0);
    ASSERT_NE(finding, nullptr);
    QTreeWidgetItem *sources = firstUnder(finding, QStringLiteral("Sources"));
    ASSERT_NE(sources, nullptr);
    ASSERT_GT(sources->childCount(), 0);

    // Return opens and closes a branch.
    findings->setFocus();
    findings->setCurrentItem(sources);
    sources->setExpanded(false);
    QTest::keyClick(findings, Qt::Key_Return);
    EXPECT_TRUE(sources->isExpanded());
    QTest::keyClick(findings, Qt::Key_Return);
    EXPECT_FALSE(sources->isExpanded());

    // Space on a source shows what its hover shows: the quotation, or what it is instead.
    sources->setExpanded(true);
    QTreeWidgetItem *source = sources->child(0);
    findings->setCurrentItem(source);
    QToolTip::hideText();
    QTest::keyClick(findings, Qt::Key_Space);
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), source->toolTip(0));
    EXPECT_FALSE(QToolTip::text().isEmpty());

    // A benchmark's figure: its quotation from the report.
    TargetsTable *targets = view()->targets();
    const QList<int> rows = targets->benchmarkRows(QStringLiteral("engagement-rate"));
    ASSERT_FALSE(rows.isEmpty());
    targets->setFocus();
    targets->setCurrentCell(rows.first(), TargetsTable::MetricColumn);
    QToolTip::hideText();
    QTest::keyClick(targets, Qt::Key_Return);
    ASSERT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().startsWith(QStringLiteral("“")));
}

} // namespace
} // namespace rolelens
