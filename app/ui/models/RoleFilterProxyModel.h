#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace rolelens {

// Filters a RoleListModel as the user types: a role matches when every word of the query
// appears in its searchable text, and, when a category is chosen, it is in that category.
class RoleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    void setQuery(const QString &query);
    void setCategory(const QString &category); // empty: all categories
    QString category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_category;
};

} // namespace rolelens
