#pragma once

#include <QGraphicsView>

namespace rolelens {

class MapScene;

// The view of the role map: drag to pan, Ctrl+wheel to zoom about the pointer, Tab and the
// arrow keys to move the keyboard focus from role to role (the arrows to the nearest role that
// way). Until the user zooms, the map is fitted to the view and follows its size.
class MapGraphicsView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.2;
    static constexpr double kMaxZoom = 4.0;
    // Fitting never enlarges a small map beyond this.
    static constexpr double kMaxFitZoom = 1.25;

    explicit MapGraphicsView(QWidget *parent = nullptr);

    MapScene *mapScene() const;
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomBy(double factor);
    void fit();
    bool isFitted() const { return m_fitted; }

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // The keyboard focus to the nearest role in that direction (dx, dy); false if none.
    bool moveFocus(int dx, int dy);
    void applyZoom(double zoom);

    bool m_fitted = true;
};

} // namespace rolelens
