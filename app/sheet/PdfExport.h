#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QPageSize;
QT_END_NAMESPACE

namespace rolelens {

class Sheet;

// Writes a sheet to a PDF file: the same Sheet code as printing, onto a QPdfWriter, then
// the document information, then an atomic write (QSaveFile) so that a failure leaves no
// partial file and an existing file untouched.
class PdfExport {
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    enum class Paper { A4, Letter };

    struct Document {
        QString title;
        QString subject;
        QString headerTitle;
        std::function<void(Sheet &)> compose;
    };

    // Letter where the locale's country uses it, A4 elsewhere.
    static Paper defaultPaper(const QLocale &locale = QLocale());
    static std::optional<Paper> paperFromName(const QString &name);
    static QPageSize pageSize(Paper paper);

    struct Rendered {
        QByteArray pdf; // metadata included
        int pages = 0;
    };
    static Rendered render(const Document &document, Paper paper);
    // Empty on success; otherwise the reason, naming the path. `pages` receives the count.
    static QString write(const QString &path, const Document &document, Paper paper,
                         int *pages = nullptr);
};

} // namespace rolelens
