#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCommandLinkButton;
class QLabel;
QT_END_NAMESPACE

namespace rolelens {

// What Browse shows instead of a profile when the search finds no role: says so, offers the
// search it probably meant ("Did you mean “influencer”?") and a way back to every role, each
// a button, so the keyboard reaches them as well as the mouse.
class NoMatchPage : public QWidget {
    Q_OBJECT

public:
    explicit NoMatchPage(QWidget *parent = nullptr);

    // `query`: what was searched; `suggestion`: the search to offer instead, or empty;
    // `inOtherCategories`: whether roles of other categories match.
    void describe(const QString &query, const QString &suggestion, bool inOtherCategories);
    QString suggestion() const { return m_suggestion; }
    QLabel *message() const { return m_message; }
    QCommandLinkButton *suggestionButton() const { return m_suggest; }

signals:
    void suggestionChosen(const QString &query);
    // Every category, and the search cleared too unless other categories have matches.
    void showAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_query;
    bool m_inOtherCategories = false;
    QString m_suggestion;
    QLabel *m_message;
    QCommandLinkButton *m_suggest;
    QCommandLinkButton *m_showAll;
};

} // namespace rolelens
