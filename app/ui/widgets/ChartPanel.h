#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace rolelens {

// A chart whose title and legend are labels that wrap. Qt Charts elides both to one line, which
// cut them short in a narrow pane and in longer languages ("High: 8 …", "Ihre Erw…").
class ChartPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    QChartView *view() const { return m_view; }
    // As the reader sees them, in plain text.
    QString title() const;
    QString legend() const;

    // Shows the chart, taking over its title and its line series' legend; deletes the chart it
    // showed before.
    void setChart(QChart *chart);

private:
    QLabel *m_title;
    QChartView *m_view;
    QLabel *m_legend;
};

} // namespace rolelens
