#include "ui/browse/NoMatchPage.h"

#include "ui/widgets/AccessibleText.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace rolelens {

NoMatchPage::NoMatchPage(QWidget *parent)
    : QWidget(parent), m_message(new QLabel), m_suggest(new QCommandLinkButton),
      m_showAll(new QCommandLinkButton)
{
    m_message->setObjectName(QStringLiteral("noMatchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QFont larger = m_message->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_message->setFont(larger);
    m_suggest->setObjectName(QStringLiteral("suggestionButton"));
    connect(m_suggest, &QCommandLinkButton::clicked, this,
            [this] { emit suggestionChosen(m_suggestion); });
    m_showAll->setObjectName(QStringLiteral("showAllRolesButton"));
    connect(m_showAll, &QCommandLinkButton::clicked, this, &NoMatchPage::showAllRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_message);
    layout->addWidget(m_suggest);
    layout->addWidget(m_showAll);
    layout->addStretch(1);
    describe(QString(), QString(), false);
}

void NoMatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        describe(m_query, m_suggestion, m_inOtherCategories);
    }
    QWidget::changeEvent(event);
}

void NoMatchPage::describe(const QString &query, const QString &suggestion, bool inOtherCategories)
{
    m_query = query;
    m_inOtherCategories = inOtherCategories;
    m_suggestion = suggestion;
    const QString searched = query.trimmed();
    if (inOtherCategories) {
        m_message->setText(tr("No role in this category matches “%1”; roles in other "
                              "categories do.")
                               .arg(searched));
    } else if (searched.isEmpty()) {
        m_message->setText(tr("No role in this category."));
    } else {
        m_message->setText(tr("No role matches “%1”.").arg(searched));
    }
    m_suggest->setText(tr("Did you mean “%1”?").arg(suggestion));
    m_suggest->setDescription(tr("Search for “%1” instead").arg(suggestion));
    m_suggest->setVisible(!suggestion.isEmpty());
    if (inOtherCategories) {
        m_showAll->setText(tr("Show all categories"));
        m_showAll->setDescription(tr("Keep the search, in every category"));
    } else {
        m_showAll->setText(tr("Show all roles"));
        m_showAll->setDescription(tr("Clear the search and the category (Esc clears the search)"));
    }
    // Read out as shown: the link's text, and the line under it.
    for (QCommandLinkButton *link : {m_suggest, m_showAll}) {
        AccessibleText::set(link, link->text(), link->description());
    }
}

} // namespace rolelens
