#pragma once

#include "catalog/CatalogLoader.h"

#include <gtest/gtest.h>

namespace rolelens::testing {

// The catalog compiled into the program, loaded once for all content tests.
inline const Catalog &builtInCatalog()
{
    static const Catalog catalog = [] {
        CatalogLoader loader;
        loader.addBuiltIn();
        auto result = loader.finish();
        if (!result.ok()) {
            for (const auto &error : result.errors()) {
                ADD_FAILURE() << qPrintable(error.toString());
            }
            return Catalog();
        }
        return std::move(result).value();
    }();
    return catalog;
}

// The same in another language ("de"), loaded anew each time.
inline Catalog builtInCatalogIn(const QString &language)
{
    auto result = CatalogLoader::load({}, language);
    EXPECT_TRUE(result.ok());
    return result.ok() ? std::move(result).value() : Catalog();
}

} // namespace rolelens::testing
