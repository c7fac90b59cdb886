#pragma once

#include "cli/Invocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rolelens {

// The command line's vocabulary: its commands and options, how arguments parse into an
// Invocation (with the usage error when they do not), and the help text. Decided before any
// application object exists, so that a run without a display never needs one.
class CommandLineOptions {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // The commands' names, as typed.
    static inline const QString kList = QStringLiteral("list");
    static inline const QString kShow = QStringLiteral("show");
    static inline const QString kCompare = QStringLiteral("compare");
    static inline const QString kAdvise = QStringLiteral("advise");
    static inline const QString kDocument = QStringLiteral("document");
    static inline const QString kFit = QStringLiteral("fit");
    static inline const QString kMap = QStringLiteral("map");

    struct Command {
        QString name;
        int minArguments = 0;
        int maxArguments = 0;
    };

    // The invocation, or std::nullopt with the usage error in *error.
    static std::optional<Invocation> parse(const QStringList &arguments, QString *error);
    // True when this run opens the window.
    static bool wantsWindow(const QStringList &arguments);
    // "bakery.rolelens.json", "extra-roles.json", or any existing file that is not a command:
    // the window opens it.
    static bool isFileToOpen(const QString &argument);
    // True when this run draws charts or the map (a PDF, an SVG), which needs a QApplication
    // even without a display.
    static bool needsGui(const QStringList &arguments);
    static QList<Command> commands();
    static std::optional<Command> command(const QString &name);
    // The whole program's help, or one command's.
    static QString helpText(const QString &command);
};

} // namespace rolelens
