#include "compare/Relation.h"

#include <QCoreApplication>
#include <QSet>

namespace rolelens::relations {

QString key(Relation relation)
{
    switch (relation) {
    case Relation::Same:
        return QStringLiteral("same");
    case Relation::Overlap:
        return QStringLiteral("overlap");
    case Relation::Different:
        return QStringLiteral("different");
    }
    return {};
}

QString label(Relation relation)
{
    switch (relation) {
    case Relation::Same:
        return QCoreApplication::translate("Relation", "same");
    case Relation::Overlap:
        return QCoreApplication::translate("Relation", "overlap");
    case Relation::Different:
        return QCoreApplication::translate("Relation", "different");
    }
    return {};
}

Relation between(const QList<QStringList> &tagSets)
{
    if (tagSets.size() < 2) {
        return Relation::Same;
    }
    QList<QSet<QString>> sets;
    for (const auto &tags : tagSets) {
        sets.append(QSet<QString>(tags.begin(), tags.end()));
    }
    bool allEqual = true;
    for (qsizetype i = 1; i < sets.size(); ++i) {
        allEqual = allEqual && sets.at(i) == sets.at(0);
    }
    if (allEqual) {
        return Relation::Same;
    }
    for (qsizetype i = 0; i < sets.size(); ++i) {
        for (qsizetype j = i + 1; j < sets.size(); ++j) {
            if (sets.at(i).intersects(sets.at(j))) {
                return Relation::Overlap;
            }
        }
    }
    return Relation::Different;
}

QList<qsizetype> apart(const QList<QStringList> &tagSets)
{
    QList<qsizetype> alone;
    for (qsizetype i = 0; i < tagSets.size(); ++i) {
        const QSet<QString> mine(tagSets.at(i).begin(), tagSets.at(i).end());
        bool shares = false;
        for (qsizetype j = 0; j < tagSets.size() && !shares; ++j) {
            shares = j != i &&
                     mine.intersects(QSet<QString>(tagSets.at(j).begin(), tagSets.at(j).end()));
        }
        if (!shares) {
            alone.append(i);
        }
    }
    return alone;
}

QString described(Relation relation, const QList<QStringList> &tagSets, const QStringList &titles)
{
    if (relation != Relation::Overlap || tagSets.size() < 3) {
        return label(relation);
    }
    QStringList alone;
    for (const qsizetype position : apart(tagSets)) {
        alone.append(titles.value(position));
    }
    if (alone.isEmpty()) {
        return label(relation);
    }
    return QCoreApplication::translate("Relation", "%1; apart: %2")
        .arg(label(relation), alone.join(QStringLiteral(", ")));
}

} // namespace rolelens::relations
