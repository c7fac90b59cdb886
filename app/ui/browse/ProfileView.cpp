#include "ui/browse/ProfileView.h"

#include "charts/MetricChartBuilder.h"
#include "report/builders/ProfileDocument.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/widgets/DocumentBrowser.h"
#include "ui/widgets/Retranslation.h"

#include <QChart>
#include <QChartView>
#include <QSplitter>
#include <QVBoxLayout>

namespace rolelens {

ProfileView::ProfileView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_browser(new DocumentBrowser(catalog, m_splitter)), m_chart(new ChartPanel(m_splitter))
{
    m_browser->setObjectName(QStringLiteral("profileText"));
    AccessibleText::follow(
        m_browser, [] { return tr("Role profile"); },
        [] {
            return tr("What the role is for, how it is judged and what it does not do, with "
                      "the sources of each statement.");
        });
    // A profile is always longer than the view. A scroll bar that appears after the first
    // layout would narrow the text and lay the whole profile out a second time.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_browser, &DocumentBrowser::roleLinkActivated, this, &ProfileView::roleLinkActivated);

    m_chart->view()->setObjectName(QStringLiteral("profileChart"));
    AccessibleText::follow(
        m_chart->view(), [] { return tr("Chart of the role's success metrics"); },
        &MetricChartBuilder::roleMetricsDescription);
    m_chart->setMinimumWidth(320);
    // The chart repeats the text's success metrics and takes no keys: the profile is one Tab
    // stop, its text.
    m_chart->view()->setFocusPolicy(Qt::NoFocus);

    m_splitter->setObjectName(QStringLiteral("profileSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({430, 490});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

QChartView *ProfileView::chartView() const
{
    return m_chart->view();
}

void ProfileView::showRole(const QString &roleId)
{
    if (!m_catalog.role(roleId)) {
        return;
    }
    m_roleId = roleId;
    renderWhenVisible();
}

void ProfileView::renderWhenVisible()
{
    if (isVisible()) {
        render();
    } else {
        m_stale = true;
    }
}

void ProfileView::showEvent(QShowEvent *event)
{
    if (m_stale) {
        render();
    }
    QWidget::showEvent(event);
}

void ProfileView::render()
{
    m_stale = false;
    const Role *role = m_catalog.role(m_roleId);
    if (!role) {
        return;
    }
    m_browser->showDocument(ProfileDocument::build(m_catalog, *role));
    m_chart->setChart(MetricChartBuilder::roleMetrics(m_catalog, *role, palette()));
}

void ProfileView::changeEvent(QEvent *event)
{
    // Colours, or the language (the catalog's text and the profile's headings), changed.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) &&
        !m_roleId.isEmpty()) {
        renderWhenVisible();
    }
    QWidget::changeEvent(event);
}

} // namespace rolelens
