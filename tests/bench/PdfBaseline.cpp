// The yardstick for PDF export speed: the least a Qt program must do to write a one-page
// PDF with one chart and one table. tests/bench/pdf_speed.sh times RoleLens against it.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QValueAxis>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("baseline.pdf");

    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Baseline"));
    QPainter painter(&writer);

    // One table: 10 rows by 3 columns of text, with rules.
    const int width = writer.width();
    const int rowHeight = 180;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    for (int row = 0; row < 10; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRect cell(column * width / 3, row * rowHeight, width / 3, rowHeight);
            painter.drawRect(cell);
            painter.drawText(
                cell.adjusted(20, 20, -20, -20), Qt::TextWordWrap,
                QStringLiteral("Row %1, column %2: a sentence of text").arg(row).arg(column));
        }
    }

    // One chart: a bar series with two sets over eight categories.
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    QStringList categories;
    for (int set = 0; set < 2; ++set) {
        auto *bars = new QBarSet(QStringLiteral("Set %1").arg(set));
        for (int i = 0; i < 8; ++i) {
            bars->append((i * 7 + set * 3) % 5 + 1);
        }
        series->append(bars);
    }
    for (int i = 0; i < 8; ++i) {
        categories.append(QStringLiteral("Metric %1").arg(i));
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 5);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(760, 400);
    scene.render(&painter, QRectF(0, 10 * rowHeight + 200, width, width * 400.0 / 760.0),
                 QRectF(0, 0, 760, 400));
    painter.end();
    return 0;
}
