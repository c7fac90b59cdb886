#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rolelens {

// Sets the document information (title, subject, creator...) of a PDF written by
// QPdfWriter, which in Qt 6.4 cannot set a subject. It appends a standard incremental
// update (a new Info dictionary, an xref section and a trailer pointing to the previous
// one), so the bytes Qt wrote stay as they are.
class PdfMetadata {
public:
    struct Entry {
        QByteArray key; // "Title", "Subject", "Creator", ...
        QString value;
    };

    // std::nullopt when the input does not end like a QPdfWriter document.
    static std::optional<QByteArray> withInfo(const QByteArray &pdf, const QList<Entry> &entries);
    // A PDF text string: UTF-16BE with a byte order mark, as hex.
    static QByteArray textString(const QString &text);
};

} // namespace rolelens
