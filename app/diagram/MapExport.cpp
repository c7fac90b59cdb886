#include "diagram/MapExport.h"

#include "diagram/MapScene.h"
#include "io/AtomicFile.h"
#include "sheet/PdfMetadata.h"
#include "sheet/Sheet.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace rolelens {

namespace {

// As the sheets: fine enough for hairlines, small enough to stay fast.
constexpr int kPdfResolution = 600;
constexpr double kPdfMarginMillimetres = 12;

QString creator()
{
    return MapExport::tr("RoleLens %1").arg(QCoreApplication::applicationVersion());
}

} // namespace

QString MapExport::documentTitle()
{
    return tr("Role map");
}

QByteArray MapExport::svg(MapScene &scene)
{
    const QRectF source = scene.contentRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setTitle(documentTitle());
    generator.setDescription(creator());
    {
        QPainter painter(&generator);
        scene.render(&painter, QRectF(QPointF(), source.size()), source);
    }
    return buffer.data();
}

QByteArray MapExport::pdf(MapScene &scene, PdfExport::Paper paper)
{
    const QRectF source = scene.contentRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setPageSize(PdfExport::pageSize(paper));
        writer.setPageOrientation(source.width() >= source.height() ? QPageLayout::Landscape
                                                                    : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(kPdfMarginMillimetres, kPdfMarginMillimetres,
                                        kPdfMarginMillimetres, kPdfMarginMillimetres),
                              QPageLayout::Millimeter);
        writer.setTitle(documentTitle());
        writer.setCreator(creator());
        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(kPdfResolution);
        scene.render(&painter, QRectF(QPointF(), page.size()), source, Qt::KeepAspectRatio);
    }
    const QByteArray pdf = buffer.data();
    return PdfMetadata::withInfo(
               pdf, {{"Title", documentTitle()},
                     {"Creator", creator()},
                     {"Producer",
                      QStringLiteral("Qt %1 QPdfWriter").arg(QString::fromLatin1(qVersion()))}})
        .value_or(pdf);
}

QString MapExport::writeSvg(const QString &path, const Catalog &catalog)
{
    MapScene scene(catalog, MapStyle::forExport(), MapScene::Use::Export);
    return AtomicFile::write(path, svg(scene)).value_or(QString());
}

QString MapExport::writePdf(const QString &path, const Catalog &catalog, PdfExport::Paper paper)
{
    MapScene scene(catalog, MapStyle::forExport(), MapScene::Use::Export);
    return AtomicFile::write(path, pdf(scene, paper)).value_or(QString());
}

PdfExport::Document MapExport::sheetDocument(const Catalog &catalog)
{
    return {documentTitle(), tr("How the roles relate"), documentTitle(), [&catalog](Sheet &sheet) {
                sheet.addTitle(documentTitle(), {});
                auto scene = std::make_shared<MapScene>(catalog, MapStyle::forExport(),
                                                        MapScene::Use::Export);
                const QRectF source = scene->contentRect();
                sheet.addScene(std::move(scene), source);
            }};
}

} // namespace rolelens
