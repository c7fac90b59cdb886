#include "ui/window/EditCommands.h"

#include "compare/Comparison.h"
#include "html/HtmlRenderer.h"
#include "i18n/InSentence.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace rolelens {
namespace {

// The text field a widget edits in: itself, or a spin box's or an editable combo box's.
QLineEdit *lineEditOf(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        return line;
    }
    if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)) {
        return widget->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    }
    return nullptr;
}

} // namespace

EditCommands::EditCommands(MainWindow &window)
    : QObject(&window), m_window(window), m_group(new QUndoGroup(this))
{
    // The shortcut is offered to the focused widget before the window's actions see it.
    QCoreApplication::instance()->installEventFilter(this);
}

void EditCommands::setScenarioStack(QUndoStack *stack)
{
    m_scenario = stack;
    addStack(stack);
    followView();
}

void EditCommands::setComparisonStack(QUndoStack *stack)
{
    m_comparison = stack;
    addStack(stack);
    followView();
}

void EditCommands::addStack(QUndoStack *stack)
{
    if (stack && !m_group->stacks().contains(stack)) {
        m_group->addStack(stack);
    }
}

void EditCommands::followView()
{
    // The self-check's answers are a few clicks, and the map changes nothing: nothing to undo.
    switch (m_window.currentView()) {
    case MainWindow::View::Advisor:
        m_group->setActiveStack(m_scenario);
        break;
    case MainWindow::View::SelfCheck:
    case MainWindow::View::Map:
        m_group->setActiveStack(nullptr);
        break;
    case MainWindow::View::Browse:
    case MainWindow::View::Compare:
        m_group->setActiveStack(m_comparison);
        break;
    }
}

void EditCommands::track(QAction *undo, QAction *redo)
{
    const auto follow = [this, undo, redo] {
        undo->setEnabled(m_group->canUndo());
        redo->setEnabled(m_group->canRedo());
        undo->setText(m_group->canUndo() ? tr("&Undo %1").arg(m_group->undoText()) : tr("&Undo"));
        redo->setText(m_group->canRedo() ? tr("&Redo %1").arg(m_group->redoText()) : tr("&Redo"));
    };
    for (const auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged}) {
        connect(m_group, signal, undo, follow);
    }
    for (const auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged}) {
        connect(m_group, signal, undo, follow);
    }
    connect(m_group, &QUndoGroup::activeStackChanged, undo, follow);
    follow();
}

void EditCommands::undo()
{
    m_group->undo();
}

void EditCommands::redo()
{
    m_group->redo();
}

bool EditCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType()) {
        return QObject::eventFilter(watched, event);
    }
    auto *widget = static_cast<QWidget *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    const QLineEdit *line = widget->window() == &m_window ? lineEditOf(widget) : nullptr;
    if ((undo || redo) && line && !(undo ? line->isUndoAvailable() : line->isRedoAvailable())) {
        // Not taken by the field, the key goes to the window's Undo or Redo.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void EditCommands::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (QLineEdit *line = lineEditOf(focus); line && line->hasSelectedText()) {
        line->copy();
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus); text && text->textCursor().hasSelection()) {
        text->copy();
        return;
    }
    if (const auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        if (const QString selected = selectedText(view); !selected.isEmpty()) {
            QGuiApplication::clipboard()->setText(selected);
            m_window.statusBar()->showMessage(tr("Copied the selection."), 5000);
            return;
        }
    }
    QString what;
    QMimeData *document = documentData(&what);
    if (!document) {
        m_window.statusBar()->showMessage(tr("Nothing to copy: select some text first."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setMimeData(document);
    m_window.statusBar()->showMessage(tr("Copied %1 as formatted and plain text.").arg(what), 5000);
}

QString EditCommands::selectedText(const QAbstractItemView *view)
{
    if (!view->selectionModel()) {
        return {};
    }
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    // A table's cells in reading order (a selection keeps the order it was made in); a tree's
    // items as selected.
    const bool oneLevel =
        std::all_of(indexes.cbegin(), indexes.cend(), [&](const QModelIndex &index) {
            return index.parent() == indexes.first().parent();
        });
    if (oneLevel) {
        std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return std::pair(a.row(), a.column()) < std::pair(b.row(), b.column());
        });
    }
    QString text;
    const QModelIndex *previous = nullptr;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (previous) {
            const bool sameRow =
                previous->row() == index.row() && previous->parent() == index.parent();
            text += sameRow ? QLatin1Char('\t') : QLatin1Char('\n');
        }
        text += index.data(Qt::DisplayRole).toString();
        previous = &index;
    }
    return text;
}

QMimeData *EditCommands::documentData(QString *what) const
{
    const Catalog &catalog = m_window.catalog();
    Document document;
    switch (m_window.currentView()) {
    case MainWindow::View::Advisor:
        document = AdviceDocument::build(catalog, m_window.advisorView()->advice());
        *what = tr("the advice");
        break;
    case MainWindow::View::Compare: {
        const CompareView *compare = m_window.compareView();
        const auto comparison = Comparison::of(catalog, compare->roles());
        if (!comparison) {
            return nullptr;
        }
        document = ComparisonDocument::build(catalog, comparison.value(),
                                             compare->assumptionModel()->curves());
        *what = tr("the comparison");
        break;
    }
    case MainWindow::View::SelfCheck:
        document = m_window.selfCheckView()->document();
        *what = tr("the self-check");
        break;
    case MainWindow::View::Map:
        return nullptr; // a drawing: exported as SVG or PDF, not copied as text
    case MainWindow::View::Browse: {
        const Role *role = catalog.role(m_window.browseView()->selectedRoleId());
        if (!role) {
            return nullptr;
        }
        document = ProfileDocument::build(catalog, *role);
        *what = tr("the profile of the %1").arg(InSentence::label(role->title));
        break;
    }
    }
    // A page that stands alone, for an email or a document: the window's links lead nowhere
    // there; and the same words as plain text.
    HtmlRenderer renderer(catalog, m_window.palette(), HtmlRenderer::Links::Page);
    const QString html = renderer.render(document);
    QTextDocument text;
    text.setHtml(html);
    auto *data = new QMimeData;
    data->setHtml(HtmlRenderer::page(document.title(), html));
    data->setText(text.toPlainText());
    return data;
}

} // namespace rolelens
