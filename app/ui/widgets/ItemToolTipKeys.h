#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
QT_END_NAMESPACE

namespace rolelens {

// What the mouse reads by hovering, the keyboard reads too: Return or Space on an item shows
// its tooltip (a quotation, a definition, what a figure combines) where the item is, and on an
// item with children opens or closes it.
class ItemToolTipKeys : public QObject {
    Q_OBJECT

public:
    // Owned by the view.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ItemToolTipKeys(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace rolelens
