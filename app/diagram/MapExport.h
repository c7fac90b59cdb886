#pragma once

#include "sheet/PdfExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rolelens {

class Catalog;
class MapScene;

// The role map as a file: SVG (vector, each role's title as text) or a one-page PDF, landscape
// or portrait as the map is wide or tall, with the sheets' embedded font. Both are drawn from
// a scene made for export (light, no hover hints) and written whole or not at all.
class MapExport {
    Q_DECLARE_TR_FUNCTIONS(MapExport)

public:
    static QString documentTitle();

    static QByteArray svg(MapScene &scene);
    static QByteArray pdf(MapScene &scene, PdfExport::Paper paper);
    // Empty on success; otherwise the reason, naming the path.
    static QString writeSvg(const QString &path, const Catalog &catalog);
    static QString writePdf(const QString &path, const Catalog &catalog, PdfExport::Paper paper);
    // The map on a sheet like every other printed document (title, header, page number), for
    // printing and its preview: as wide as a portrait page.
    static PdfExport::Document sheetDocument(const Catalog &catalog);
};

} // namespace rolelens
