#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

// What a catalog load reports, for tests that expect a particular problem.
namespace rolelens::testing {

inline QStringList messages(const Result<Catalog> &result)
{
    QStringList lines;
    for (const auto &error : result.errors()) {
        lines.append(error.toString());
    }
    return lines;
}

inline bool hasError(const Result<Catalog> &result, const QString &path, const QString &fragment)
{
    for (const auto &error : result.errors()) {
        if (error.jsonPath == path && error.message.contains(fragment)) {
            return true;
        }
    }
    return false;
}

} // namespace rolelens::testing

// Expects a problem at this JSON path whose message contains `fragment`; a failure lists every
// problem reported.
#define EXPECT_ERROR(result, path, fragment)                                                       \
    EXPECT_TRUE(                                                                                   \
        rolelens::testing::hasError(result, QStringLiteral(path), QStringLiteral(fragment)))       \
        << qPrintable(rolelens::testing::messages(result).join(QLatin1Char('\n')))
