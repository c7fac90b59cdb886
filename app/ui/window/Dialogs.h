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
    // What to do with unsaved changes before they would be lost.
    enum class UnsavedChoice { Save, Discard, Cancel };

    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Save / Discard / Cancel; Escape (and a non-interactive run) answers Cancel.
    static UnsavedChoice unsavedChanges(QWidget *parent, const QString &title, const QString &text);
    // Yes / No; a non-interactive run answers No.
    static bool question(QWidget *parent, const QString &title, const QString &text);

    // Test hooks.
    static void setNextSaveFileName(const QString &path); // "" answers Cancel
    static void setNextOpenFileName(const QString &path); // "" answers Cancel
    static void setNextUnsavedChoice(UnsavedChoice choice);
    static void setNextQuestionAnswer(bool yes);
    static void setNonInteractive(bool nonInteractive);
    static QString lastWarning();
    // The text of the last unsaved-changes prompt or question asked, answered or not.
    static QString lastQuestion();
};

} // namespace rolelens
