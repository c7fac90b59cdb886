#include "ui/window/FileChangedBar.h"

#include "ui/advisor/ScenarioSession.h"
#include "ui/widgets/Retranslation.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace rolelens {

FileChangedBar::FileChangedBar(ScenarioSession *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_text(new QLabel)
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_text->setObjectName(QStringLiteral("fileChangedText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    auto *reload = new QPushButton;
    reload->setObjectName(QStringLiteral("fileChangedReload"));
    auto *keep = new QPushButton;
    keep->setObjectName(QStringLiteral("fileChangedKeep"));
    Retranslation::apply(this, [this, reload, keep] {
        updateText();
        reload->setText(tr("&Reload"));
        reload->setAccessibleName(tr("Reload"));
        reload->setAccessibleDescription(
            tr("Open the file again as the other program left it; changes not saved here are "
               "lost, after a question."));
        keep->setText(tr("&Keep mine"));
        keep->setAccessibleName(tr("Keep mine"));
        keep->setAccessibleDescription(
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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(reload);
    layout->addWidget(keep);
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
    m_text->setText(tr("Another program changed %1 since it was opened or saved here.")
                        .arg(QDir::toNativeSeparators(m_path)));
}

} // namespace rolelens
