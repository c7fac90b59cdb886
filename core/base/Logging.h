#pragma once

#include "base/QStringFormatter.h"

#include <spdlog/spdlog.h>

#include <memory>

namespace rolelens {

// One logger per area of the program, configured in one place.
enum class LogArea { Catalog, Comparison, Cli, Ui };

struct LogOptions {
    bool verbose = false;
    QString logFile; // empty: stderr only
};

// Also routes Qt's own messages through spdlog, demoting the headless platform's harmless
// warnings (no XDG_RUNTIME_DIR, no size hints offscreen) to debug.
void setUpLogging(const LogOptions &options);
std::shared_ptr<spdlog::logger> logger(LogArea area);

} // namespace rolelens
