#pragma once

#include <QString>

#include <array>

namespace rolelens {

// The JSON path of a value ("$.roles[3].skills[0].sources"), kept as steps rather than text:
// a loader walks every value of a file with its path but needs the text only for the few it
// reports, so building the text waits until then. Steps take their keys as QStrings, which
// for the QStringLiteral keys of the loaders means copying a pointer, and a path stays a small
// value that can be stored (the catalog loader keeps one per cross-reference).
class JsonPath {
public:
    // A root such as "$", or any path already written out.
    JsonPath(QString text = QStringLiteral("$")) : m_prefix(std::move(text)) {}

    JsonPath member(const QString &key) const;
    JsonPath element(qsizetype index) const;
    QString toString() const;

private:
    static constexpr int kMaxSteps = 5; // deeper paths fold their steps into the prefix

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
