#include "ui/window/CatalogLoadingPage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rolelens {

CatalogLoadingPage::CatalogLoadingPage(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar), m_detail(new QLabel)
{
    setObjectName(QStringLiteral("catalogLoadingPage"));
    auto *title = new QLabel(tr("Loading the catalog…"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    m_progress->setObjectName(QStringLiteral("catalogLoadingProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(400);
    m_progress->setAccessibleName(tr("Catalog loading progress"));
    m_detail->setObjectName(QStringLiteral("catalogLoadingDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    auto *hint = new QLabel(tr("Closing the window stops loading."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_detail);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(3);
}

void CatalogLoadingPage::showProgress(qint64 bytesRead, qint64 totalBytes, const QString &file)
{
    m_progress->setValue(totalBytes > 0 ? static_cast<int>(bytesRead * 1000 / totalBytes) : 1000);
    m_detail->setText(file.isEmpty()
                          ? tr("Checking that every reference resolves…")
                          : tr("Reading %1 (%2 of %3 MB)")
                                .arg(QDir::toNativeSeparators(QFileInfo(file).fileName()))
                                .arg(static_cast<double>(bytesRead) / 1e6, 0, 'f', 1)
                                .arg(static_cast<double>(totalBytes) / 1e6, 0, 'f', 1));
    m_detail->setToolTip(QDir::toNativeSeparators(file));
}

} // namespace rolelens
