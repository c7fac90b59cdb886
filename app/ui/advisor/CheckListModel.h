#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QString>

#include <vector>

namespace rolelens {

// Checkable choices, each with an id, as plain data: a list of 20,000 roles costs three
// shared strings a row rather than an item object each.
class CheckListModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    struct Choice {
        QString id;
        QString label;
        QString toolTip;
        bool checked = false;
    };

    explicit CheckListModel(QObject *parent = nullptr);

    // In one insertion: a view told of 20,000 rows one by one takes a while.
    void addChoices(const QList<Choice> &choices);
    // New words for the choices with these ids (another language): what is ticked stays.
    void relabel(const QList<Choice> &choices);
    // -1 for an unknown id.
    int rowOf(const QString &id) const;
    bool isChecked(int row) const;
    // Emits dataChanged, never toggled().
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The user (through a view) checked or unchecked a choice.
    void toggled(const QString &id, bool checked);

private:
    std::vector<Choice> m_choices;
    QHash<QString, int> m_rows;
};

} // namespace rolelens
