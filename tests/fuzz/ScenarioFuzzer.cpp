// libFuzzer target: any bytes as a scenario file, read against the built-in catalog, then,
// when it is valid, advised on, saved to JSON and read back (which must give the same
// scenario). It must never crash, hang, leak or allocate without bound.
#include "advisor/Advisor.h"
#include "catalog/CatalogLoader.h"
#include "scenario/ScenarioFile.h"

#include <cstddef>
#include <cstdint>

namespace {

const rolelens::Catalog &catalog()
{
    static const rolelens::Catalog loaded = [] {
        rolelens::CatalogLoader loader;
        loader.addBuiltIn();
        return loader.finish().value();
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto scenario =
        rolelens::ScenarioFile::parse(bytes, QStringLiteral("fuzz.rolelens.json"), catalog());
    if (!scenario.ok()) {
        return 0;
    }
    const rolelens::Advice advice = rolelens::Advisor(catalog()).advise(scenario.value());
    for (const auto &recommendation : advice.recommendations) {
        if (!(recommendation.fit > 0.0 && recommendation.fit <= 1.0)) {
            __builtin_trap();
        }
    }
    const auto again =
        rolelens::ScenarioFile::parse(rolelens::ScenarioFile::toJson(scenario.value()),
                                      QStringLiteral("again.rolelens.json"), catalog());
    if (!again.ok() || !(again.value() == scenario.value())) {
        __builtin_trap();
    }
    return 0;
}
