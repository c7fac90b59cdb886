#include "ui/fit/SelfCheckView.h"

#include "report/builders/SelfCheckDocument.h"
#include "ui/fit/SelfCheckForm.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/DocumentBrowser.h"
#include "ui/widgets/Retranslation.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace rolelens {
SelfCheckView::SelfCheckView(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_form(new SelfCheckForm(catalog)), m_result(new DocumentBrowser(catalog)),
      m_clear(new QPushButton), m_save(new QPushButton)
{
    auto *questions = new QScrollArea;
    questions->setObjectName(QStringLiteral("selfCheckQuestions"));
    questions->setWidgetResizable(true);
    // The questions wrap to the pane's width rather than scroll sideways.
    questions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    questions->setWidget(m_form);
    questions->setMinimumWidth(340);
    m_result->setObjectName(QStringLiteral("selfCheckResult"));
    // The result is nearly always longer than the pane; a scroll bar that came and went with the
    // answers would narrow the table after it was laid out.
    m_result->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_clear->setObjectName(QStringLiteral("selfCheckClear"));
    m_save->setObjectName(QStringLiteral("selfCheckSave"));

    auto *resultPane = new QWidget;
    auto *resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    resultLayout->addLayout(buttons);

    m_splitter->setObjectName(QStringLiteral("selfCheckSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(questions);
    m_splitter->addWidget(resultPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 820});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    Retranslation::apply(this, [this, questions] {
        m_clear->setText(tr("C&lear answers"));
        m_save->setText(tr("Save res&ult as…"));
        AccessibleText::set(m_clear, AccessibleText::plain(m_clear->text()),
                            tr("Set every skill back to none and every choice to no "
                               "preference."));
        AccessibleText::set(m_save, AccessibleText::plain(m_save->text()),
                            tr("Save the result as a PDF, Markdown or HTML file."));
        AccessibleText::set(questions, tr("Self-check questions"),
                            tr("The skills the catalog's roles list, to rate, and the kinds "
                               "of work to choose between."));
        AccessibleText::set(m_result, tr("Self-check result"),
                            tr("The roles ranked by overlap with your answers, with the skills "
                               "to learn and the sources of each."));
    });
    connect(m_form, &SelfCheckForm::answersChanged, this, &SelfCheckView::render);
    connect(m_clear, &QPushButton::clicked, m_form, &SelfCheckForm::clear);
    connect(m_save, &QPushButton::clicked, this, &SelfCheckView::saveRequested);
    connect(m_result, &DocumentBrowser::roleLinkActivated, this, &SelfCheckView::roleLinkActivated);
    render();
}

Document SelfCheckView::document() const
{
    return SelfCheckDocument::build(m_catalog, m_form->answers());
}

void SelfCheckView::render()
{
    const int scrolled = m_result->verticalScrollBar()->value();
    m_result->showDocument(document());
    // An answer changed: the result stays where the student was reading.
    m_result->verticalScrollBar()->setValue(scrolled);
}

QStringList SelfCheckView::answerList() const
{
    const SelfCheckAnswers answers = m_form->answers();
    QStringList list;
    for (auto it = answers.skills.cbegin(); it != answers.skills.cend(); ++it) {
        list.append(it.key() + QLatin1Char('=') + skillLevelKeys().key(it.value()));
    }
    for (auto it = answers.preferences.cbegin(); it != answers.preferences.cend(); ++it) {
        list.append(it.key() + QLatin1Char('=') + it.value());
    }
    return list;
}

void SelfCheckView::setAnswerList(const QStringList &list)
{
    SelfCheckAnswers answers;
    for (const QString &entry : list) {
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        const QString value = entry.section(QLatin1Char('='), 1);
        if (m_catalog.workKind(key)) {
            answers.preferences.insert(key, value);
        } else if (const auto level = skillLevelKeys().fromKey(value)) {
            answers.skills.insert(key, *level);
        }
    }
    m_form->setAnswers(answers);
}

void SelfCheckView::changeEvent(QEvent *event)
{
    // Colours, or the language (the catalog's text and the result's headings), changed.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace rolelens
