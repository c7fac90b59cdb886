#include "ui/window/FileChangedBar.h"

#include "ui/advisor/ScenarioSession.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace rolelens {

FileChangedBar::FileChangedBar(ScenarioSession *session, QWidget *parent)
    : MessageBar(QStyle::SP_MessageBoxWarning, QPalette::ToolTipBase, parent), m_session(session)
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setForegroundRole(QPalette::ToolTipText);
    text()->setObjectName(QStringLiteral("fileChangedText"));
    text()->setForegroundRole(QPalette::ToolTipText);
    auto *reload = new QPushButton;
    reload->setObjectName(QStringLiteral("fileChangedReload"));
    auto *keep = new QPushButton;
    keep->setObjectName(QStringLiteral("fileChangedKeep"));
    Retranslation::apply(this, [this, reload, keep] {
        updateText();
        reload->setText(tr("&Reload"));
        AccessibleText::set(
            reload, AccessibleText::plain(reload->text()),
            tr("Open the file again as the other program left it; changes not saved here are "
               "lost, after a question."));
        keep->setText(tr("&Keep mine"));
        AccessibleText::set(
            keep, AccessibleText::plain(keep->text()),
            tr("Keep the scenario as it is here; saving will ask before it overwrites the "
               "other program's changes."));
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        if (m_session->reload()) {
            hide();
        }
    });
    connect(keep, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_session, &ScenarioSession::changedOnDisk, this, &FileChangedBar::showFor);
    // Saved over, or another scenario opened: the news is old.
    connect(m_session, &ScenarioSession::stateChanged, this, [this] {
        if (isVisible() &&
            (m_session->filePath() != m_path || !m_session->fileChangedSinceOpenedOrSaved())) {
            hide();
        }
    });
    addButton(reload);
    addButton(keep);
    hide();
}

void FileChangedBar::showFor(const QString &path)
{
    m_path = path;
    updateText();
    show();
}

void FileChangedBar::updateText()
{
    text()->setText(tr("Another program changed %1 since it was opened or saved here.")
                        .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace rolelens
