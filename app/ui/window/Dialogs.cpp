#include "ui/window/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>
#include <utility>

namespace rolelens {
namespace {

struct State {
    std::optional<QString> nextSaveFileName;
    std::optional<QString> nextOpenFileName;
    std::optional<Dialogs::UnsavedChoice> nextUnsavedChoice;
    std::optional<Dialogs::ConflictChoice> nextConflictChoice;
    std::optional<bool> nextQuestionAnswer;
    bool nonInteractive = false;
    QString lastWarning;
    QString lastQuestion;
    QString lastProposedPath;
};

// The test's answer, once, if it gave one.
template <typename T> std::optional<T> takeAnswer(std::optional<T> &next)
{
    return std::exchange(next, std::nullopt);
}

State &state()
{
    static State current;
    return current;
}

} // namespace

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                              const QString &filter)
{
    state().lastProposedPath = path;
    if (state().nextSaveFileName) {
        const QString answer = *state().nextSaveFileName;
        state().nextSaveFileName.reset();
        return answer;
    }
    if (state().nonInteractive) {
        return {};
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    state().lastProposedPath = folder;
    if (state().nextOpenFileName) {
        const QString answer = *state().nextOpenFileName;
        state().nextOpenFileName.reset();
        return answer;
    }
    if (state().nonInteractive) {
        return {};
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

Dialogs::UnsavedChoice Dialogs::unsavedChanges(QWidget *parent, const QString &title,
                                               const QString &text)
{
    state().lastQuestion = text;
    if (state().nextUnsavedChoice) {
        const UnsavedChoice answer = *state().nextUnsavedChoice;
        state().nextUnsavedChoice.reset();
        return answer;
    }
    if (state().nonInteractive) {
        return UnsavedChoice::Cancel;
    }
    switch (QMessageBox::warning(parent, title, text,
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save)) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

Dialogs::ConflictChoice Dialogs::changedOnDisk(QWidget *parent, const QString &title,
                                               const QString &text)
{
    state().lastQuestion = text;
    if (const auto answer = takeAnswer(state().nextConflictChoice)) {
        return *answer;
    }
    if (state().nonInteractive) {
        return ConflictChoice::Cancel;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Nothing is lost by default: Enter and Escape keep the other program's version.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == overwrite) {
        return ConflictChoice::Overwrite;
    }
    return box.clickedButton() == saveAs ? ConflictChoice::SaveAs : ConflictChoice::Cancel;
}

bool Dialogs::question(QWidget *parent, const QString &title, const QString &text)
{
    state().lastQuestion = text;
    if (state().nextQuestionAnswer) {
        const bool answer = *state().nextQuestionAnswer;
        state().nextQuestionAnswer.reset();
        return answer;
    }
    if (state().nonInteractive) {
        return false;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    state().lastWarning = text;
    if (!state().nonInteractive) {
        QMessageBox::warning(parent, title, text);
    }
}

void Dialogs::setNextSaveFileName(const QString &path)
{
    state().nextSaveFileName = path;
}

void Dialogs::setNextOpenFileName(const QString &path)
{
    state().nextOpenFileName = path;
}

void Dialogs::setNextUnsavedChoice(UnsavedChoice choice)
{
    state().nextUnsavedChoice = choice;
}

void Dialogs::setNextConflictChoice(ConflictChoice choice)
{
    state().nextConflictChoice = choice;
}

void Dialogs::setNextQuestionAnswer(bool yes)
{
    state().nextQuestionAnswer = yes;
}

void Dialogs::setNonInteractive(bool nonInteractive)
{
    state().nonInteractive = nonInteractive;
}

QString Dialogs::lastWarning()
{
    return state().lastWarning;
}

QString Dialogs::lastQuestion()
{
    return state().lastQuestion;
}

QString Dialogs::lastProposedPath()
{
    return state().lastProposedPath;
}

} // namespace rolelens
