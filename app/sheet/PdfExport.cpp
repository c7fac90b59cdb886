#include "sheet/PdfExport.h"

#include "io/AtomicFile.h"
#include "sheet/PdfMetadata.h"
#include "sheet/Sheet.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

namespace rolelens {
namespace {

// The PDF's own resolution: fine enough for hairlines, small enough to stay fast.
constexpr int kResolution = 600;

} // namespace

PdfExport::Paper PdfExport::defaultPaper(const QLocale &locale)
{
    // Countries whose standard paper is US Letter.
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::PuertoRico};
    return letter.contains(locale.territory()) ? Paper::Letter : Paper::A4;
}

std::optional<PdfExport::Paper> PdfExport::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0) {
        return Paper::A4;
    }
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        return Paper::Letter;
    }
    return std::nullopt;
}

QPageSize PdfExport::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

PdfExport::Rendered PdfExport::render(const Document &document, Paper paper)
{
    int pages = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(pageSize(paper));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setTitle(document.title);
        writer.setCreator(tr("RoleLens %1").arg(QCoreApplication::applicationVersion()));
        Sheet sheet(&writer, document.headerTitle);
        document.compose(sheet);
        pages = sheet.print();
    }
    const QByteArray pdf = buffer.data();
    const auto described = PdfMetadata::withInfo(
        pdf,
        {{"Title", document.title},
         {"Subject", document.subject},
         {"Creator", tr("RoleLens %1").arg(QCoreApplication::applicationVersion())},
         {"Producer", QStringLiteral("Qt %1 QPdfWriter").arg(QString::fromLatin1(qVersion()))}});
    return {described.value_or(pdf), pages};
}

QString PdfExport::write(const QString &path, const Document &document, Paper paper, int *pages)
{
    const Rendered rendered = render(document, paper);
    if (pages) {
        *pages = rendered.pages;
    }
    return AtomicFile::write(path, rendered.pdf).value_or(QString());
}

} // namespace rolelens
