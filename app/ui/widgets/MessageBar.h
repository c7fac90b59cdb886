#pragma once

#include <QFrame>
#include <QStyle>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QHBoxLayout;
class QLabel;
QT_END_NAMESPACE

namespace rolelens {

// A bar over the views that says something without stopping the user, as KDE's message
// widgets do: an icon, a line of text that wraps, and buttons at its end. The first-run hint
// and the notice of a scenario file changed on disk are two.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    MessageBar(QStyle::StandardPixmap icon, QPalette::ColorRole background,
               QWidget *parent = nullptr);

protected:
    QLabel *text() const { return m_text; }
    // After the text and the buttons added before it.
    void addButton(QAbstractButton *button);

private:
    QLabel *m_text;
    QHBoxLayout *m_layout;
};

} // namespace rolelens
