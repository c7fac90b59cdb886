#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

// Runs programs the way a user on a machine without a display would: no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM, and English messages.
namespace rolelens::testing {

struct ProcessResult {
    int exitCode = -1; // -1 when the program crashed or was killed
    QString out;
    QString err;
};

inline QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    return environment;
}

// `childSetup` runs in the child before exec, e.g. to set a resource limit.
inline ProcessResult runProgram(const QString &program, const QStringList &arguments,
                                const std::function<void()> &childSetup = {},
                                const QProcessEnvironment &environment = withoutDisplay())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childSetup) {
        process.setChildProcessModifier(childSetup);
    }
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        ADD_FAILURE() << qPrintable(program) << " did not finish";
        process.kill();
        process.waitForFinished();
    }
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << qPrintable(program) << " crashed";
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline ProcessResult rolelens(const QStringList &arguments,
                              const std::function<void()> &childSetup = {})
{
    return runProgram(QStringLiteral(ROLELENS_BINARY), arguments, childSetup);
}

// The program on the offscreen platform with the screens a configuration file declares.
inline ProcessResult rolelensOnScreen(const QString &screenConfig, const QStringList &arguments)
{
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       QStringLiteral("offscreen:configfile=") + screenConfig);
    return runProgram(QStringLiteral(ROLELENS_BINARY), arguments, {}, environment);
}

// Writes a file for the program under test to read; returns its path.
inline QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace rolelens::testing
