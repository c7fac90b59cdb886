#pragma once

#include <QSplitter>

QT_BEGIN_NAMESPACE
class QChartView;
class QTableView;
QT_END_NAMESPACE

namespace rolelens {

class AssumptionTableModel;

// The comparison's last tab: the expected results over time, drawn from assumptions the user
// may change in the table below the chart, with what they are and how to restore them.
class ExpectedResultsPage : public QSplitter {
    Q_OBJECT

public:
    explicit ExpectedResultsPage(QWidget *parent = nullptr);

    AssumptionTableModel *assumptionModel() const { return m_model; }
    QChartView *chartView() const { return m_chart; }
    // The curves of the assumptions as they stand, in the view's palette.
    void rebuildChart();

signals:
    // The Restore button: the view decides, and says what it did.
    void restoreRequested();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Says why an assumption was refused, at its cell and on the status bar.
    void explainRefusal(const QModelIndex &index, const QString &reason);
    // The role's and the figures' columns as narrow as their content (the titles wrap), the
    // source in the rest: a larger font or a longer language leaves the source room.
    void fitColumns();

    QChartView *m_chart;
    QTableView *m_table;
    AssumptionTableModel *m_model;
};

} // namespace rolelens
