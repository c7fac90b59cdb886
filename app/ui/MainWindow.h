#pragma once

#include "Catalog.h"

#include <QMainWindow>

namespace rolelens {

// The application window. This first version lists the catalog's roles; browsing and
// comparison views come next.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Catalog catalog, QWidget *parent = nullptr);

private:
    void createMenus();

    Catalog m_catalog;
};

} // namespace rolelens
