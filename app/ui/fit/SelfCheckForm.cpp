#include "ui/fit/SelfCheckForm.h"

#include "fit/SelfCheck.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rolelens {
namespace {

constexpr std::array kLevels{SkillLevel::None, SkillLevel::Some, SkillLevel::Strong};

QString levelName(SkillLevel level)
{
    switch (level) {
    case SkillLevel::None:
        return SelfCheckForm::tr("None");
    case SkillLevel::Some:
        return SelfCheckForm::tr("Some");
    case SkillLevel::Strong:
        return SelfCheckForm::tr("Strong");
    }
    return {};
}

} // namespace

SelfCheckForm::SelfCheckForm(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    // The four choices first: quick to answer, and then the skills to go through.
    layout->addWidget(buildKinds());
    layout->addWidget(buildSkills());
    layout->addStretch(1);
    Retranslation::apply(this, [this] { retranslate(); });
}

QGroupBox *SelfCheckForm::buildSkills()
{
    m_skillsBox = new QGroupBox;
    auto *outer = new QVBoxLayout(m_skillsBox);
    m_skillsHint = new QLabel;
    m_skillsHint->setWordWrap(true);
    outer->addWidget(m_skillsHint);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    outer->addLayout(grid);
    for (int column = 0; column < int(kLevels.size()); ++column) {
        auto *header = new QLabel;
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, column + 1);
        m_levelHeaders.append(header);
    }
    int row = 1;
    for (const Skill &skill : SelfCheck::skillsToRate(m_catalog)) {
        SkillRow entry{skill.id, new QLabel, new QButtonGroup(this)};
        entry.label->setWordWrap(true);
        grid->addWidget(entry.label, row, 0);
        for (int column = 0; column < int(kLevels.size()); ++column) {
            auto *button = new QRadioButton;
            button->setObjectName(QStringLiteral("skill-%1-%2").arg(skill.id).arg(column));
            entry.levels->addButton(button, points(kLevels.at(std::size_t(column))));
            grid->addWidget(button, row, column + 1, Qt::AlignCenter);
        }
        entry.levels->button(points(SkillLevel::None))->setChecked(true);
        connect(entry.levels, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                emit answersChanged();
            }
        });
        m_skills.append(entry);
        ++row;
    }
    return m_skillsBox;
}

QGroupBox *SelfCheckForm::buildKinds()
{
    m_kindsBox = new QGroupBox;
    auto *outer = new QVBoxLayout(m_kindsBox);
    m_kindsHint = new QLabel;
    m_kindsHint->setWordWrap(true);
    outer->addWidget(m_kindsHint);
    for (const WorkKind &kind : m_catalog.workKinds()) {
        KindRow entry{kind.id, new QLabel, new QButtonGroup(this)};
        entry.question->setWordWrap(true);
        outer->addWidget(entry.question);
        // One answer a line: the sides' labels are too long to sit side by side in a narrow pane.
        auto *answers = new QVBoxLayout;
        answers->setContentsMargins(12, 0, 0, 6);
        answers->setSpacing(2);
        for (int index = 0; index <= kind.sides.size(); ++index) {
            auto *button = new QRadioButton;
            button->setObjectName(QStringLiteral("prefer-%1-%2").arg(kind.id).arg(index));
            entry.sides->addButton(button, index);
            answers->addWidget(button);
        }
        outer->addLayout(answers);
        entry.sides->button(int(kind.sides.size()))->setChecked(true);
        connect(entry.sides, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                emit answersChanged();
            }
        });
        m_kinds.append(entry);
    }
    return m_kindsBox;
}

void SelfCheckForm::retranslate()
{
    m_skillsBox->setTitle(tr("Your skills"));
    m_skillsHint->setText(tr("Rate each skill the roles' articles list: none, some or strong."));
    for (std::size_t column = 0; column < kLevels.size(); ++column) {
        m_levelHeaders.at(qsizetype(column))->setText(levelName(kLevels.at(column)));
    }
    const QList<Skill> skills = SelfCheck::skillsToRate(m_catalog);
    for (qsizetype index = 0; index < m_skills.size() && index < skills.size(); ++index) {
        const Skill &skill = skills.at(index);
        const SkillRow &row = m_skills.at(index);
        row.label->setText(skill.name);
        row.label->setToolTip(skill.description);
        for (const SkillLevel level : kLevels) {
            AccessibleText::set(row.levels->button(points(level)),
                                tr("%1: %2").arg(skill.name, levelName(level)), skill.description);
        }
    }
    m_kindsBox->setTitle(tr("Work you prefer"));
    m_kindsHint->setText(tr("For each choice, the kind of work you would rather do, if you "
                            "have a preference."));
    // The catalog read in another language has the same choices in the same order.
    const QList<WorkKind> &kinds = m_catalog.workKinds();
    for (qsizetype index = 0; index < m_kinds.size() && index < kinds.size(); ++index) {
        const WorkKind &kind = kinds.at(index);
        const KindRow &row = m_kinds.at(index);
        row.question->setText(kind.question);
        for (int side = 0; side <= kind.sides.size(); ++side) {
            const QString text =
                side < kind.sides.size() ? kind.sides.at(side).label : tr("No preference");
            row.sides->button(side)->setText(text);
            AccessibleText::set(row.sides->button(side), text,
                                tr("An answer to: %1").arg(kind.question));
        }
    }
}

SelfCheckAnswers SelfCheckForm::answers() const
{
    SelfCheckAnswers answers;
    for (const SkillRow &row : m_skills) {
        const auto level = static_cast<SkillLevel>(row.levels->checkedId());
        if (level != SkillLevel::None) {
            answers.skills.insert(row.skillId, level);
        }
    }
    for (const KindRow &row : m_kinds) {
        const WorkKind *kind = m_catalog.workKind(row.kindId);
        const int checked = row.sides->checkedId();
        if (kind && checked >= 0 && checked < kind->sides.size()) {
            answers.preferences.insert(kind->id, kind->sides.at(checked).id);
        }
    }
    return answers;
}

void SelfCheckForm::setAnswers(const SelfCheckAnswers &answers)
{
    QSignalBlocker blocker(this);
    for (const SkillRow &row : std::as_const(m_skills)) {
        row.levels->button(points(answers.skills.value(row.skillId, SkillLevel::None)))
            ->setChecked(true);
    }
    for (const KindRow &row : std::as_const(m_kinds)) {
        QAbstractButton *button =
            preferenceButton(row.kindId, answers.preferences.value(row.kindId));
        (button ? button : preferenceButton(row.kindId, QString()))->setChecked(true);
    }
    blocker.unblock();
    emit answersChanged();
}

void SelfCheckForm::clear()
{
    setAnswers({});
}

QRadioButton *SelfCheckForm::skillButton(const QString &skillId, SkillLevel level) const
{
    for (const SkillRow &row : m_skills) {
        if (row.skillId == skillId) {
            return qobject_cast<QRadioButton *>(row.levels->button(points(level)));
        }
    }
    return nullptr;
}

QRadioButton *SelfCheckForm::preferenceButton(const QString &kindId, const QString &sideId) const
{
    const WorkKind *kind = m_catalog.workKind(kindId);
    for (const KindRow &row : m_kinds) {
        if (!kind || row.kindId != kindId) {
            continue;
        }
        // The last button is "no preference".
        int index = sideId.isEmpty() ? int(kind->sides.size()) : -1;
        for (int side = 0; side < kind->sides.size(); ++side) {
            index = kind->sides.at(side).id == sideId ? side : index;
        }
        return qobject_cast<QRadioButton *>(row.sides->button(index));
    }
    return nullptr;
}

} // namespace rolelens
