#include "base/Logging.h"

#include <QStringList>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <array>

namespace rolelens {
namespace {

constexpr std::array<const char *, 4> kAreaNames{"catalog", "comparison", "cli", "ui"};
constexpr std::size_t kLogFileBytes = 1024 * 1024;
constexpr std::size_t kLogFiles = 3;

std::vector<spdlog::sink_ptr> &sinks()
{
    static std::vector<spdlog::sink_ptr> configured;
    return configured;
}

spdlog::level::level_enum &level()
{
    static spdlog::level::level_enum current = spdlog::level::warn;
    return current;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QStringList harmless{QStringLiteral("XDG_RUNTIME_DIR not set"),
                                      QStringLiteral("propagateSizeHints")};
    auto qtLogger = logger(LogArea::Ui);
    spdlog::level::level_enum level = spdlog::level::debug;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        for (const auto &fragment : harmless) {
            if (message.contains(fragment)) {
                level = spdlog::level::debug;
            }
        }
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    qtLogger->log(level, "qt{}{}: {}", context.category ? " " : "",
                  context.category ? context.category : "", message);
}

} // namespace

void setUpLogging(const LogOptions &options)
{
    qInstallMessageHandler(forwardQtMessage);
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    stderrSink->set_pattern("%n: %l: %v");
    stderrSink->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks() = {stderrSink};
    level() = options.verbose ? spdlog::level::debug : spdlog::level::warn;
    if (!options.logFile.isEmpty()) {
        try {
            auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                options.logFile.toStdString(), kLogFileBytes, kLogFiles);
            fileSink->set_level(spdlog::level::info);
            sinks().push_back(fileSink);
            level() = spdlog::level::debug;
        } catch (const spdlog::spdlog_ex &error) {
            // A log file we cannot open must not stop the program; say so and go on.
            stderrSink->log(spdlog::details::log_msg(
                "ui", spdlog::level::warn,
                fmt::format("cannot open log file {}: {}", options.logFile, error.what())));
        }
    }
    for (const char *name : kAreaNames) {
        spdlog::drop(name);
    }
}

std::shared_ptr<spdlog::logger> logger(LogArea area)
{
    const char *name = kAreaNames.at(static_cast<std::size_t>(area));
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    if (sinks().empty()) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        stderrSink->set_pattern("%n: %l: %v");
        sinks() = {stderrSink};
    }
    auto created = std::make_shared<spdlog::logger>(name, sinks().begin(), sinks().end());
    created->set_level(level());
    // Written at once, so the log survives a crash or a kill.
    created->flush_on(spdlog::level::info);
    spdlog::register_logger(created);
    return created;
}

} // namespace rolelens
