#pragma once

#include <QObject>
#include <QPointer>
#include <QUndoGroup>
#include <QUndoStack>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QAction;
class QMimeData;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;

// The Edit menu's commands. Undo and redo act on the history of what is on screen: the
// scenario's in the Advisor, the comparison's in Compare and in Browse (where roles are added
// to it). A text field with nothing of its own to undo leaves the shortcut to them, so that
// Ctrl+Z right after stepping a figure undoes the step. Copy copies what is selected in the
// focused field, text, table or list, or else the whole document on screen (the profile, the
// comparison or the advice) as a formatted page and as plain text, for an email.
class EditCommands : public QObject {
    Q_OBJECT

public:
    explicit EditCommands(MainWindow &window);

    QUndoGroup *undoGroup() const { return m_group; }
    void setScenarioStack(QUndoStack *stack);
    // Once the Compare view is built.
    void setComparisonStack(QUndoStack *stack);
    // Makes the history of the view on screen the active one.
    void followView();
    // Keeps the actions' text ("Undo change salary") and state with the active history.
    void track(QAction *undo, QAction *redo);
    void undo();
    void redo();
    void copy();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addStack(QUndoStack *stack);
    static QString selectedText(const QAbstractItemView *view);
    // What is on screen as a document, HTML and plain text; null when nothing is shown (a
    // comparison of one role, no role found).
    QMimeData *documentData(QString *what) const;

    MainWindow &m_window;
    QUndoGroup *m_group;
    QPointer<QUndoStack> m_scenario;
    QPointer<QUndoStack> m_comparison;
};

} // namespace rolelens
