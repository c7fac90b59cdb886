#include "sheet/PdfMetadata.h"

#include <QDateTime>
#include <QRegularExpression>

namespace rolelens {

QByteArray PdfMetadata::textString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar character : text) {
        hex += QByteArray::number(character.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex + '>';
}

std::optional<QByteArray> PdfMetadata::withInfo(const QByteArray &pdf, const QList<Entry> &entries)
{
    // The last trailer and startxref describe the document as Qt finished it.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt) {
        return std::nullopt;
    }
    const QByteArray trailer = pdf.mid(trailerAt, startxrefAt - trailerAt);
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression xrefPattern(QStringLiteral("startxref\\s+(\\d+)"));
    const QString trailerText = QString::fromLatin1(trailer);
    const auto size = sizePattern.match(trailerText);
    const auto root = rootPattern.match(trailerText);
    const auto previous = xrefPattern.match(QString::fromLatin1(pdf.mid(startxrefAt)));
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch()) {
        return std::nullopt;
    }
    const int objectNumber = size.captured(1).toInt();

    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    const qsizetype objectOffset = out.size();
    out += QByteArray::number(objectNumber) + " 0 obj\n<<\n";
    for (const auto &entry : entries) {
        out += '/' + entry.key + ' ' + textString(entry.value) + '\n';
    }
    out += "/CreationDate (D:" +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
           "Z)\n>>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(objectNumber) + " 1\n" +
           QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(objectNumber + 1) + "\n/Root " +
           root.captured(1).toLatin1() + "\n/Info " + QByteArray::number(objectNumber) +
           " 0 R\n/Prev " + previous.captured(1).toLatin1() + "\n>>\nstartxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace rolelens
