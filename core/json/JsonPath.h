#pragma once

#include <QString>

#include <array>

namespace rolelens {

// The JSON path of a value ("$.roles[3].skills[0].sources"), kept as steps rather than text:
// a loader walks every value of a file with its path but needs the text only for the few it
// reports, so building the text waits until then. Steps take their keys as QStrings, which
// for the QStringLiteral keys of the loaders means copying a pointer, and a path stays a value
// that can be stored (the catalog loader keeps one per entry, and the parts of one per
// cross-reference).
class JsonPath {
public:
    // A root such as "$", or any path already written out.
    JsonPath(QString text = QStringLiteral("$")) : m_prefix(std::move(text)) {}

    JsonPath member(const QString &key) const;
    JsonPath element(qsizetype index) const;
    QString toString() const;

    // The parts, for storing many paths compactly (CatalogLoader's references).
    static constexpr int kMaxSteps = 5; // deeper paths fold their steps into the prefix
    const QString &prefix() const { return m_prefix; }
    int stepCount() const { return m_count; }
    // The key of a member step (null for an element), and the index of an element step (-1
    // for a member).
    const QString &stepKey(int step) const { return m_steps[static_cast<std::size_t>(step)].key; }
    qsizetype stepIndex(int step) const { return m_steps[static_cast<std::size_t>(step)].index; }

private:
    struct Step {
        QString key;
        qsizetype index = -1; // an element's index, or -1 for a member
    };

    JsonPath withStep(Step step) const;

    QString m_prefix;
    std::array<Step, kMaxSteps> m_steps;
    int m_count = 0;
};

} // namespace rolelens
