// libFuzzer target: any bytes as a catalog file, loaded and checked as the program does
// with --catalog. It must never crash, hang, leak or allocate without bound; bad input must
// only ever produce diagnostics that name the file.
#include "catalog/CatalogLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    rolelens::CatalogLoader loader;
    loader.addBytes(bytes, QStringLiteral("fuzz.json"));
    const auto result = loader.finish();
    if (!result.ok()) {
        for (const auto &error : result.errors()) {
            // Every diagnostic names the file.
            if (error.file != QLatin1String("fuzz.json") && !error.file.isEmpty()) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
