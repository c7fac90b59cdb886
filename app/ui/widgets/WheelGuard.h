#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// The mouse wheel scrolls the page, not the field under the pointer: a spin box, combo box or
// slider takes the wheel only while it has the keyboard focus. Scrolling a long form passes
// many fields under the pointer, and each would otherwise change the owner's figures on the
// way. Installed once on the application, it covers every view and dialog, also those built
// later; it also stops the wheel from giving these fields the focus, so that one scroll does
// not arm the field for the next.
class WheelGuard : public QObject {
    Q_OBJECT

public:
    // Once per application; later calls do nothing.
    static void install();
    // Whether the wheel over this widget would change a value: the fields it guards.
    static bool guards(const QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;

    static void keepWheelFromFocusing(QWidget *widget);
};

} // namespace rolelens
