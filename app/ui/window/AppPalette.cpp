#include "ui/window/AppPalette.h"

#include "ui/widgets/ReadableIndicatorStyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace rolelens {

QPalette AppPalette::dark()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5c));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

QPalette AppPalette::light()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion->standardPalette();
    delete fusion;
    return palette;
}

QColor AppPalette::changedBackground(const QPalette &palette)
{
    // A quarter of the highlight: visible beside unchanged cells, far from selected ones.
    constexpr qreal kHighlightShare = 0.25;
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](qreal a, qreal b) {
        return a * kHighlightShare + b * (1 - kHighlightShare);
    };
    return QColor::fromRgbF(static_cast<float>(mix(highlight.redF(), base.redF())),
                            static_cast<float>(mix(highlight.greenF(), base.greenF())),
                            static_cast<float>(mix(highlight.blueF(), base.blueF())));
}

bool AppPalette::apply(const QString &name)
{
    if (name != QLatin1String("dark") && name != QLatin1String("light")) {
        return false;
    }
    // The application takes ownership of the style.
    QApplication::setStyle(
        new ReadableIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(name == QLatin1String("dark") ? dark() : light());
    return true;
}

} // namespace rolelens
