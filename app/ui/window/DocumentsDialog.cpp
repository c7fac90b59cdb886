#include "ui/window/DocumentsDialog.h"

#include "html/HtmlRenderer.h"
#include "sheet/SheetContent.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMainWindow>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace rolelens {

DocumentsDialog::DocumentsDialog(const Catalog &catalog, Scenario scenario, Advice advice,
                                 QMainWindow &window)
    : QDialog(&window), m_catalog(catalog), m_scenario(std::move(scenario)),
      m_advice(std::move(advice)), m_kinds(new QListWidget), m_preview(new QTextBrowser),
      m_keeps(new QListWidget), m_sheets(window, [this] {
          return SheetContent::of(document(), m_catalog,
                                  m_catalog.roleTitle(m_advice.judgedRoleId));
      })
{
    setObjectName(QStringLiteral("documentsDialog"));
    const QString role = m_catalog.roleTitle(m_advice.judgedRoleId);
    setWindowTitle(role.isEmpty() ? tr("Documents for the hire")
                                  : tr("Documents for the hire: %1").arg(role));
    m_kinds->setObjectName(QStringLiteral("documentKinds"));
    for (const auto kind : HiringDocuments::all()) {
        auto *item = new QListWidgetItem(HiringDocuments::kinds().label(kind), m_kinds);
        item->setData(Qt::UserRole, static_cast<int>(kind));
    }
    m_kinds->setMaximumWidth(m_kinds->sizeHintForColumn(0) + 24);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setWordWrapMode(QTextOption::WordWrap);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &DocumentsDialog::render);
    m_keeps->setObjectName(QStringLiteral("jobPostKeeps"));
    m_keeps->setToolTip(tr("Work the advice gives to another role. Ticked, it stays in the job "
                           "post, marked as kept at your request."));
    m_keeps->hide();
    connect(m_keeps, &QListWidget::itemChanged, this, &DocumentsDialog::keepsChanged);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    auto *previewButton = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    auto *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("Copy the document as formatted text and as plain text, to paste "
                              "into an email or a job site"));
    connect(exportButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(previewButton, &QPushButton::clicked, this, [this] { m_sheets.printPreview(); });
    connect(copyButton, &QPushButton::clicked, this, &DocumentsDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    Retranslation::apply(this, [this, buttons, exportButton, previewButton, copyButton] {
        AccessibleText::set(m_kinds, tr("Documents"),
                            tr("The documents for the hire; the chosen one shows beside the "
                               "list."));
        AccessibleText::set(m_preview, tr("The document"),
                            tr("The chosen document as it is exported, printed or copied."));
        AccessibleText::set(m_keeps, tr("Keep in the job post anyway"), m_keeps->toolTip());
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        AccessibleText::set(close, AccessibleText::plain(close->text()),
                            tr("Closes the documents and goes back to the window."));
        AccessibleText::set(exportButton, AccessibleText::plain(exportButton->text()),
                            tr("Saves the chosen document as a PDF file."));
        AccessibleText::set(previewButton, AccessibleText::plain(previewButton->text()),
                            tr("Shows the chosen document's pages as they would print."));
        AccessibleText::set(copyButton, AccessibleText::plain(copyButton->text()),
                            copyButton->toolTip());
    });

    // Under the document, as wide as it: a task's whole name shows.
    auto *reading = new QVBoxLayout;
    reading->addWidget(m_preview, 1);
    reading->addWidget(m_keeps);
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_kinds);
    panes->addLayout(reading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    m_kinds->setCurrentRow(0);
}

void DocumentsDialog::allowKeeping(std::function<void(const QStringList &)> apply)
{
    m_applyKeeps = std::move(apply);
    const QSignalBlocker blocker(m_keeps);
    m_keeps->clear();
    for (const auto &assignment : m_advice.plan.assignments) {
        if (assignment.roleId == m_advice.judgedRoleId) {
            continue;
        }
        for (const auto &taskId : assignment.tasks) {
            const Task *task = m_catalog.task(taskId);
            auto *item =
                new QListWidgetItem(tr("Keep: %1").arg(task ? task->label : taskId), m_keeps);
            item->setData(Qt::UserRole, taskId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_scenario.jobPostKeeps.contains(taskId) ? Qt::Checked
                                                                         : Qt::Unchecked);
        }
    }
    // As tall as its tasks, no taller: the document keeps the room.
    const int rows = m_keeps->count() > 0 ? m_keeps->sizeHintForRow(0) * m_keeps->count() : 0;
    m_keeps->setFixedHeight(rows + 2 * m_keeps->frameWidth() + 2);
    render();
}

void DocumentsDialog::keepsChanged()
{
    QStringList keeps;
    for (int row = 0; row < m_keeps->count(); ++row) {
        if (m_keeps->item(row)->checkState() == Qt::Checked) {
            keeps.append(m_keeps->item(row)->data(Qt::UserRole).toString());
        }
    }
    m_scenario.jobPostKeeps = keeps;
    if (m_applyKeeps) {
        m_applyKeeps(keeps);
    }
    render();
}

bool DocumentsDialog::exportPdf()
{
    if (!m_sheets.exportPdf()) {
        return false;
    }
    emit exported(currentKind());
    return true;
}

HiringDocuments::Kind DocumentsDialog::currentKind() const
{
    const QListWidgetItem *item = m_kinds->currentItem();
    return item ? static_cast<HiringDocuments::Kind>(item->data(Qt::UserRole).toInt())
                : HiringDocuments::all().first();
}

void DocumentsDialog::showKind(HiringDocuments::Kind kind)
{
    for (int row = 0; row < m_kinds->count(); ++row) {
        if (m_kinds->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(kind)) {
            m_kinds->setCurrentRow(row);
        }
    }
}

Document DocumentsDialog::document() const
{
    return HiringDocuments::build(currentKind(), m_catalog, m_scenario, m_advice);
}

void DocumentsDialog::render()
{
    // The choice belongs to the job post, and is offered where the owner's scenario can keep it.
    m_keeps->setVisible(m_applyKeeps && m_keeps->count() > 0 &&
                        currentKind() == HiringDocuments::Kind::JobPost);
    HtmlRenderer html(m_catalog, palette());
    m_preview->setHtml(html.render(document()));
}

void DocumentsDialog::copy()
{
    // A page that stands alone: the window's links lead nowhere in an email.
    HtmlRenderer html(m_catalog, palette(), HtmlRenderer::Links::Page);
    auto *both = new QMimeData;
    both->setHtml(html.render(document()));
    both->setText(m_preview->toPlainText());
    QGuiApplication::clipboard()->setMimeData(both);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget())) {
        window->statusBar()->showMessage(
            // The label as it is: lowered, a German noun would lose its capital.
            tr("%1 copied as formatted and plain text.")
                .arg(HiringDocuments::kinds().label(currentKind())),
            5000);
    }
}

} // namespace rolelens
