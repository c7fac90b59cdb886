#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rolelens {

// The commands of the command line, as its help lists them: name, synopsis, the help's texts
// and how many arguments each takes.
class CommandTable {
    // The strings were the command line's, and are translated under its name.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Info {
        QString name;
        QString synopsis;
        QString brief;
        QString summary;
        int minArguments;
        int maxArguments;
    };

    static QList<Info> all();
    static std::optional<Info> find(const QString &name);
};

} // namespace rolelens
