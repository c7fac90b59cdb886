#pragma once

#include "catalog/Catalog.h"
#include "fit/SelfCheckAnswers.h"
#include "report/Document.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
class QSplitter;
QT_END_NAMESPACE

namespace rolelens {

class DocumentBrowser;
class SelfCheckForm;

// For students: which role fits what you can do and like to do. The catalog's skills and kinds
// of work to answer on the left; on the right, as each answer changes, the roles ranked by
// overlap with what is there, what to learn and the sources (SelfCheckDocument), a role link
// opening that role's profile. The result is saved as a PDF, Markdown or HTML file.
class SelfCheckView : public QWidget {
    Q_OBJECT

public:
    // The catalog must outlive the view.
    explicit SelfCheckView(const Catalog &catalog, QWidget *parent = nullptr);

    SelfCheckForm *form() const { return m_form; }
    DocumentBrowser *result() const { return m_result; }
    QSplitter *splitter() const { return m_splitter; }
    // The result for the answers given.
    Document document() const;

    // The answers as settings keep them: "writing=strong", "numbers-or-people=people".
    QStringList answerList() const;
    void setAnswerList(const QStringList &answers);

signals:
    void roleLinkActivated(const QString &roleId);
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const Catalog &m_catalog;
    QSplitter *m_splitter;
    SelfCheckForm *m_form;
    DocumentBrowser *m_result;
    QPushButton *m_clear;
    QPushButton *m_save;
};

} // namespace rolelens
