#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace rolelens {

class RoleListModel;

// Filters a RoleListModel as the user types: a role matches when, for every word of the
// query, one of the words of its searchable text starts with it ("coord" finds
// "coordinator"), and, when a category is chosen, it is in that category. The words are
// looked up in the model's SearchIndex, so a keystroke costs the same at 20,000 roles as
// at twenty.
class RoleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    // The source must be a RoleListModel.
    void setSourceModel(QAbstractItemModel *model) override;
    void setQuery(const QString &query);
    void setCategory(const QString &category); // empty: all categories
    QString category() const { return m_category; }
    // Roles never shown, whatever the query (those already chosen, say).
    void setExcludedIds(const QStringList &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Above this many rows changing at once, the view is told to lay out again rather than
    // row by row (measured with tests/bench/SearchBenchmark.cpp).
    static constexpr std::size_t kManyRows = 1000;

    void match();

    const RoleListModel *m_roles = nullptr;
    QString m_query;
    QString m_category;
    QStringList m_excluded;
    std::vector<bool> m_matches; // by source row
};

} // namespace rolelens
