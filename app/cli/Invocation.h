#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// What was asked for on the command line, once parsed (cli/CommandLineOptions).
struct Invocation {
    QString command; // empty: the window
    QStringList arguments;
    QStringList catalogFiles;
    QString format = QStringLiteral("text");
    bool verbose = false;
    QString language; // empty: the system's (the window: the last one chosen)
    bool help = false;
    bool version = false;
    // Window only: scenario and catalog files to open ("rolelens FILE...").
    QStringList filesToOpen;
    // Window only: render to a PNG and exit; with the view and the roles to show.
    QString screenshot;
    QString view;
    QString palette;
    // The window's font size in points; 0: the system's.
    double fontSize = 0;
    // show and compare: write the printable sheet instead of printing a report.
    QString pdf;
    QString paper;
    // fit: the ids of the kinds of work preferred ("strategy", "people").
    QStringList preferences;
    // map: write the role map as an SVG drawing.
    QString svg;
};

} // namespace rolelens
