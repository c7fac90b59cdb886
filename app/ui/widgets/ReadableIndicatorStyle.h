#pragma once

#include <QProxyStyle>

namespace rolelens {

// Fusion draws a check box's frame in a shade of the window colour; on the dark palette that
// frame vanishes into the field behind it, and an unticked box cannot be seen. This style
// draws the frame again in the palette's Mid colour whenever the palette is dark.
class ReadableIndicatorStyle : public QProxyStyle {
public:
    explicit ReadableIndicatorStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace rolelens
