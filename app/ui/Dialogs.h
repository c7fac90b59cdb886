#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// The window's modal questions, behind one door so that tests can answer them: a test sets
// the next file name and reads the last warning instead of a dialog blocking it.
class Dialogs {
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test hooks.
    static void setNextSaveFileName(const QString &path); // "" answers Cancel
    static void setNonInteractive(bool nonInteractive);
    static QString lastWarning();
};

} // namespace rolelens
