// The yardstick for start-up: the least a Qt Widgets + Charts program does to show a window
// with one chart. tests/bench/startup_speed.sh times RoleLens against it; both quit after
// their window's first paint.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QValueAxis>

namespace {

// Quits after the first paint of any widget in the window (as RoleLens' FirstPaintProbe).
class QuitAfterFirstPaint : public QObject {
public:
    explicit QuitAfterFirstPaint(QWidget *window) : QObject(window), m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (!m_painted && event->type() == QEvent::Paint && widget &&
            widget->window() == m_window) {
            m_painted = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    auto *bars = new QBarSet(QStringLiteral("Weight"));
    QStringList categories;
    for (int i = 0; i < 8; ++i) {
        bars->append((i * 7) % 5 + 1);
        categories.append(QStringLiteral("Metric %1").arg(i));
    }
    series->append(bars);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 5);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    window.setCentralWidget(new QChartView(chart));
    window.resize(1180, 780);
    if (!qEnvironmentVariableIsEmpty("ROLELENS_QUIT_AFTER_FIRST_PAINT")) {
        new QuitAfterFirstPaint(&window);
    }
    window.show();
    return QApplication::exec();
}
