#pragma once

#include "catalog/Catalog.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace rolelens {

// Help > About RoleLens: the program's name, version and purpose; the articles its catalog
// draws on, as the loaded catalog names them; what is the authors' own rather than the
// articles'; the licence, and the libraries it is built with under theirs.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    // The catalog must outlive the dialog.
    AboutDialog(const Catalog &catalog, QWidget *parent = nullptr);

    // The dialog's text, as rich text, in the language in use.
    static QString text(const Catalog &catalog);
    QLabel *label() const { return m_text; }

private:
    QLabel *m_text;
};

} // namespace rolelens
