#pragma once

#include <QHash>
#include <QListWidget>
#include <QStringList>

namespace rolelens {

// A list of checkable items, each carrying an id, that remembers the order in which ids were
// checked: a scenario's lists keep their order (the first metric judged by matters), so a
// scenario read into the form comes back out unchanged.
class CheckList : public QListWidget {
    Q_OBJECT

public:
    static constexpr int kMaxVisibleRows = 30;

    explicit CheckList(QWidget *parent = nullptr);

    void addChoice(const QString &id, const QString &label, const QString &toolTip = {});
    // Sizes the list for its choices; call once they are all added. Up to kMaxVisibleRows
    // it shows every choice, so the form scrolls as a whole; a longer list (a catalog of
    // thousands of roles) scrolls on its own.
    void fitToChoices();
    // Checks exactly these ids, in this order; unknown ids are ignored. Emits nothing.
    void setCheckedIds(const QStringList &ids);
    const QStringList &checkedIds() const { return m_checked; }
    // Checks or unchecks one id as a user would, emitting checkedIdsChanged.
    void setChecked(const QString &id, bool checked);
    QListWidgetItem *itemFor(const QString &id) const;

signals:
    void checkedIdsChanged();

private:
    void itemToggled(QListWidgetItem *item);

    QStringList m_checked;
    QHash<QString, QListWidgetItem *> m_items;
    bool m_updating = false;
};

} // namespace rolelens
