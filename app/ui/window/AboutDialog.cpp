#include "ui/window/AboutDialog.h"

#include "ui/widgets/Retranslation.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace rolelens {
namespace {

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const Catalog &catalog, QWidget *parent)
    : QDialog(parent), m_text(new QLabel)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A measure that reads in one sweep of the eye, in whatever font the desktop has.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 80);
    auto *icon = new QLabel;
    const QIcon programIcon = QApplication::windowIcon();
    icon->setPixmap(programIcon.pixmap(64, 64));
    icon->setVisible(!programIcon.isNull());
    auto *content = new QHBoxLayout;
    content->addWidget(icon, 0, Qt::AlignTop);
    content->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(buttons);
    Retranslation::apply(this, [this, &catalog] {
        setWindowTitle(tr("About RoleLens"));
        m_text->setText(text(catalog));
    });
}

QString AboutDialog::text(const Catalog &catalog)
{
    const QString version = QApplication::applicationVersion();
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(version.isEmpty() ? QStringLiteral("RoleLens") : tr("RoleLens %1").arg(version));
    html += paragraph(tr("A hiring-expectations advisor: what each role is for, how it is judged, "
                         "and what it does not do, with every statement citing its source.")
                          .toHtmlEscaped());
    // The catalog's own list, as loaded: a catalog of the user's with articles of its own
    // credits those too.
    QString articles;
    int articleCount = 0;
    int benchmarkCount = 0;
    for (const Source &source : catalog.sources()) {
        if (source.kind == Source::Kind::Article) {
            // The title as published, the publisher aside: a title may end in its own "?".
            articles +=
                QStringLiteral("<li>%1%2</li>")
                    .arg(source.title.toHtmlEscaped(),
                         source.publisher.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(source.publisher.toHtmlEscaped()));
            ++articleCount;
        } else if (source.kind == Source::Kind::PublishedBenchmark) {
            ++benchmarkCount;
        }
    }
    html += heading(tr("Sources"));
    html += paragraph(tr("The role profiles, the comparisons and the advice cite these %n "
                         "article(s), statement by statement:",
                         nullptr, articleCount)
                          .toHtmlEscaped());
    html += QStringLiteral("<ol>%1</ol>").arg(articles);
    if (benchmarkCount > 0) {
        html += paragraph(tr("The advice's targets also quote %n published benchmark report(s), "
                             "each named beside its figures.",
                             nullptr, benchmarkCount)
                              .toHtmlEscaped());
    }
    html += paragraph(tr("What is labelled general practice, and the figures labelled as "
                         "illustrative assumptions, are the RoleLens authors' own, not the "
                         "articles'.")
                          .toHtmlEscaped());
    html += heading(tr("Licence"));
    const QString gpl = QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                                       "gnu.org/licenses/gpl-3.0</a>");
    html += paragraph(tr("RoleLens is free software: you can redistribute it and/or modify it "
                         "under the terms of the GNU General Public License (GPL) as published "
                         "by the Free Software Foundation, either version 3 of the License, or "
                         "(at your option) any later version. It comes with no warranty. The "
                         "licence is in the file LICENSE of its source code, and at %1.")
                          .toHtmlEscaped()
                          .arg(gpl));
    html += paragraph(tr("Built with Qt %1, used under the GNU Lesser General Public License "
                         "version 3 (Qt Charts under the GNU General Public License version 3), "
                         "and with spdlog and {fmt}, used under the MIT licence.")
                          .toHtmlEscaped()
                          .arg(QString::fromLatin1(qVersion())));
    return html;
}

} // namespace rolelens
