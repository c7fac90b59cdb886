#pragma once

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// The window's modal questions, behind one door so that tests can answer them: a test sets
// the next file name and reads the last warning instead of a dialog blocking it.
class Dialogs {
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    // What to do with unsaved changes before they would be lost.
    enum class UnsavedChoice { Save, Discard, Cancel };
    // What to do when the file about to be saved over was changed by another program.
    enum class ConflictChoice { Overwrite, SaveAs, Cancel };

    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Save / Discard / Cancel; Escape (and a non-interactive run) answers Cancel.
    static UnsavedChoice unsavedChanges(QWidget *parent, const QString &title, const QString &text);
    // Overwrite / Save As / Cancel; Escape (and a non-interactive run) answers Cancel.
    static ConflictChoice changedOnDisk(QWidget *parent, const QString &title, const QString &text);
    // Yes / No; a non-interactive run answers No.
    static bool question(QWidget *parent, const QString &title, const QString &text);

    // Test hooks.
    static void setNextSaveFileName(const QString &path); // "" answers Cancel
    static void setNextOpenFileName(const QString &path); // "" answers Cancel
    static void setNextUnsavedChoice(UnsavedChoice choice);
    static void setNextConflictChoice(ConflictChoice choice);
    static void setNextQuestionAnswer(bool yes);
    static void setNonInteractive(bool nonInteractive);
    static QString lastWarning();
    // The text of the last unsaved-changes prompt or question asked, answered or not.
    static QString lastQuestion();
    // The file or folder the last file dialog proposed.
    static QString lastProposedPath();
};

} // namespace rolelens
