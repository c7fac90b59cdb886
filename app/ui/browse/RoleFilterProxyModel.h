#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace rolelens {

class RoleListModel;

// Filters a RoleListModel as the user types, best matches first: a role matches when it
// holds every word of the query (SearchIndex: the start of a word, another form of it, or an
// abbreviation, synonym or German word for it), and, when a category is chosen, it is in
// that category. Roles whose title, then aliases, hold the words come first, in the catalog's
// order among equals; the ranking is the source model's row order (RoleListModel::setOrder),
// set only when the rows shown would come in another order. The words are looked up in the
// model's SearchIndex, so a keystroke costs about the same at 20,000 roles as at twenty.
class RoleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    // The source must be a RoleListModel.
    void setSourceModel(QAbstractItemModel *model) override;
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Whether the query has words (an empty or blank one lists every role).
    bool isSearching() const { return m_searching; }
    void setCategory(const QString &category); // empty: all categories
    QString category() const { return m_category; }
    // Roles never shown, whatever the query (those already chosen, say).
    void setExcludedIds(const QStringList &ids);
    // Whether the query matches roles the category hides.
    bool matchesOutsideCategory() const;
    // The search the user probably meant when the query matches no role, or empty.
    QString suggestion() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Above this many rows changing at once, the view is told to lay out again rather than
    // row by row (measured with tests/bench/SearchBenchmark.cpp).
    static constexpr std::size_t kManyRows = 1000;

    void match();
    // Catalog positions, best match first; empty for the catalog's order (no search).
    std::vector<int> rankedOrder() const;
    // Whether the roles the scores show already come in `order` in the source.
    bool showsInOrder(const std::vector<int> &order) const;

    RoleListModel *m_roles = nullptr;
    QString m_query;
    bool m_searching = false;
    QString m_category;
    QStringList m_excluded;
    std::vector<int> m_scores; // by catalog position; 0: no match
};

} // namespace rolelens
