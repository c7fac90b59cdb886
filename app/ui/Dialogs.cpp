#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

#include <optional>

namespace rolelens {
namespace {

struct State {
    std::optional<QString> nextSaveFileName;
    bool nonInteractive = false;
    QString lastWarning;
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

void Dialogs::setNonInteractive(bool nonInteractive)
{
    state().nonInteractive = nonInteractive;
}

QString Dialogs::lastWarning()
{
    return state().lastWarning;
}

} // namespace rolelens
