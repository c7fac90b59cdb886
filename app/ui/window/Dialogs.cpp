#include "ui/window/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

#include <optional>

namespace rolelens {
namespace {

struct State {
    std::optional<QString> nextSaveFileName;
    std::optional<QString> nextOpenFileName;
    std::optional<Dialogs::UnsavedChoice> nextUnsavedChoice;
    std::optional<bool> nextQuestionAnswer;
    bool nonInteractive = false;
    QString lastWarning;
    QString lastQuestion;
};

State &state()
{
    static State current;
    return current;
}

} // namespace

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                              const QString &filter)
{
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

} // namespace rolelens
