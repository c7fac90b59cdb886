#pragma once

#include "catalog/Catalog.h"
#include "fit/SelfCheckAnswers.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QGroupBox;
class QLabel;
class QRadioButton;
QT_END_NAMESPACE

namespace rolelens {

// The self-check's questions, built from the catalog alone: every skill its roles list, rated
// none / some / strong, and every choice between two kinds of work it declares, with "no
// preference" as the third answer. One radio group a question, so that the keyboard answers
// with the arrow keys and a screen reader says the skill with each answer.
class SelfCheckForm : public QWidget {
    Q_OBJECT

public:
    // The catalog must outlive the form; its texts are read again on a change of language.
    explicit SelfCheckForm(const Catalog &catalog, QWidget *parent = nullptr);

    SelfCheckAnswers answers() const;
    // Answers for skills or sides the catalog does not have are left out.
    void setAnswers(const SelfCheckAnswers &answers);
    void clear();

    // For tests: the radio button of a skill's level, or of a work kind's side ("" for none).
    QRadioButton *skillButton(const QString &skillId, SkillLevel level) const;
    QRadioButton *preferenceButton(const QString &kindId, const QString &sideId) const;

signals:
    void answersChanged();

private:
    struct SkillRow {
        QString skillId;
        QLabel *label;
        QButtonGroup *levels; // button ids: the SkillLevel's points
    };
    struct KindRow {
        QString kindId;
        QLabel *question;
        QButtonGroup *sides; // button ids: the side's index; the last, no preference
    };

    QGroupBox *buildSkills();
    QGroupBox *buildKinds();
    // The catalog's words for every question and answer, in the language in use.
    void retranslate();

    const Catalog &m_catalog;
    QList<SkillRow> m_skills;
    QList<KindRow> m_kinds;
    QList<QLabel *> m_levelHeaders;
    QLabel *m_skillsHint = nullptr;
    QLabel *m_kindsHint = nullptr;
    QGroupBox *m_skillsBox = nullptr;
    QGroupBox *m_kindsBox = nullptr;
};

} // namespace rolelens
