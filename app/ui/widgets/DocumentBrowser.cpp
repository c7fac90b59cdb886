#include "ui/widgets/DocumentBrowser.h"

#include "charts/MetricChartBuilder.h"

#include <QCursor>
#include <QHelpEvent>
#include <QToolTip>
#include <QUrl>

namespace rolelens {

DocumentBrowser::DocumentBrowser(const Catalog &catalog, QWidget *parent)
    : LinkBrowser(parent), m_catalog(catalog), m_html(catalog, palette())
{
    setOpenLinks(false);
    viewport()->installEventFilter(this);
    connect(this, &QTextBrowser::anchorClicked, this, &DocumentBrowser::openLink);
}

void DocumentBrowser::showDocument(const Document &document)
{
    m_html = HtmlRenderer(m_catalog, palette());
    setHtml(m_html.render(document));
}

void DocumentBrowser::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("role")) {
        emit roleLinkActivated(url.path());
        return;
    }
    // A citation or a metric, clicked or activated from the keyboard: its note at the link
    // the keyboard is on, or else where the mouse is.
    const QString text = linkNote(url);
    if (text.isEmpty()) {
        return;
    }
    const QRect link = focusedLink() == url.toString() ? focusedLinkRect() : QRect();
    const QPoint at = link.isValid() ? viewport()->mapToGlobal(link.bottomLeft()) : QCursor::pos();
    QToolTip::showText(at, text, this);
}

QString DocumentBrowser::linkNote(const QUrl &url) const
{
    if (url.scheme() == QLatin1String("metric")) {
        return MetricChartBuilder::metricToolTip(m_catalog, url.path());
    }
    if (url.scheme() == QLatin1String("cite")) {
        return m_html.citationToolTip(url.path().toInt());
    }
    if (url.scheme() == QLatin1String("role")) {
        const Role *role = m_catalog.role(url.path());
        return role ? tr("Open the profile of %1").arg(role->title) : QString();
    }
    return {};
}

bool DocumentBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = linkNote(QUrl(anchorAt(help->pos())));
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return LinkBrowser::eventFilter(watched, event);
}

} // namespace rolelens
