#include "ui/window/UserGuide.h"

#include "i18n/Languages.h"
#include "ui/widgets/LinkBrowser.h"
#include "ui/widgets/Retranslation.h"
#include "ui/window/ShortcutsDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace rolelens {

UserGuide::UserGuide(QWidget *parent) : QDialog(parent), m_browser(new LinkBrowser)
{
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    // Every link is the guide's to follow: a view of the window, a place in the page, or the web.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuide::follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    Retranslation::apply(this, [this] {
        setWindowTitle(tr("RoleLens user guide"));
        m_browser->setAccessibleName(tr("User guide"));
        showPage();
    });
    // A column of text that reads comfortably, beside the main window rather than over it all.
    resize(620, 700);
}

QString UserGuide::resource(const QString &language)
{
    const QString page = QStringLiteral(":/help/guide.%1.html").arg(language);
    return QFile::exists(page) ? page : QStringLiteral(":/help/guide.en.html");
}

QString UserGuide::withKeys(const QString &html, const QWidget *window)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{key:(\\w+)\\}"));
    QString shown;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const auto *action = window ? window->findChild<QAction *>(match.captured(1)) : nullptr;
        shown += QStringView(html).mid(from, match.capturedStart() - from);
        shown += action ? ShortcutsDialog::shortcutText(action).toHtmlEscaped() : QString();
        from = match.capturedEnd();
    }
    shown += QStringView(html).mid(from);
    return shown;
}

void UserGuide::showPage()
{
    QFile page(resource(Languages::current()));
    if (page.open(QIODevice::ReadOnly)) {
        m_browser->setHtml(withKeys(QString::fromUtf8(page.readAll()), parentWidget()));
    }
}

void UserGuide::follow(const QUrl &link)
{
    if (link.scheme() == QLatin1String("rolelens")) {
        emit commandRequested(link.path());
    } else if (link.isRelative() && link.hasFragment()) {
        m_browser->scrollToAnchor(link.fragment());
    } else {
        QDesktopServices::openUrl(link);
    }
}

} // namespace rolelens
