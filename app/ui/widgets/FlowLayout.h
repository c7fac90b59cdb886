#pragma once

#include <QLayout>
#include <QList>

namespace rolelens {

// Lays its widgets out left to right and wraps them onto the next line when the width runs
// out, so that a row of chips never widens its window: the comparison's roles.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items within RECT (or only measures, when DRY), returning the height used.
    int arrange(const QRect &rect, bool dry) const;
    int gap() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace rolelens
