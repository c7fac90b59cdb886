#pragma once

#include "QStringFormatter.h"

#include <spdlog/spdlog.h>

#include <memory>

namespace rolelens {

// One logger per area of the program, configured in one place.
enum class LogArea { Catalog, Comparison, Cli, Ui };

struct LogOptions {
    bool verbose = false;
    QString logFile; // empty: stderr only
};

void setUpLogging(const LogOptions &options);
std::shared_ptr<spdlog::logger> logger(LogArea area);

} // namespace rolelens
