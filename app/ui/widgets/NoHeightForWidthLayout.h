#pragma once

#include <QVBoxLayout>

namespace rolelens {

// A column that asks for its minimum height whatever its width. In a resizable QScrollArea a
// layout holding word-wrapped text would otherwise claim its preferred height for the width
// as a minimum, and the area would scroll views that fit.
class NoHeightForWidthLayout : public QVBoxLayout {
public:
    using QVBoxLayout::QVBoxLayout;

    bool hasHeightForWidth() const override { return false; }
};

} // namespace rolelens
