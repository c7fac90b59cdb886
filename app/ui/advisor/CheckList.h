#pragma once

#include "ui/advisor/CheckListModel.h"

#include <QListView>
#include <QStringList>

#include <functional>

namespace rolelens {

// A list of checkable choices, each carrying an id, that remembers the order in which ids
// were checked: a scenario's lists keep their order (the first metric judged by matters), so
// a scenario read into the form comes back out unchanged.
class CheckList : public QListView {
    Q_OBJECT

public:
    static constexpr int kMaxVisibleRows = 30;

    explicit CheckList(QWidget *parent = nullptr);

    void addChoice(const QString &id, const QString &label, const QString &toolTip = {});
    // Many at once (a catalog's roles): one insertion instead of one per choice.
    void addChoices(const QList<CheckListModel::Choice> &choices);
    // The choices `source` gives, now, and their words again whenever the language changes
    // (the catalog's labels are in it).
    void addChoicesFrom(std::function<QList<CheckListModel::Choice>()> source);
    int count() const;
    // Sizes the list for its choices; call once they are all added. Up to kMaxVisibleRows
    // it shows every choice, so the form scrolls as a whole; a longer list (a catalog of
    // thousands of roles) scrolls on its own.
    void fitToChoices();
    // Checks exactly these ids, in this order; unknown ids are ignored. Emits nothing.
    void setCheckedIds(const QStringList &ids);
    const QStringList &checkedIds() const { return m_checked; }
    // Checks or unchecks one id as a user would, emitting checkedIdsChanged.
    void setChecked(const QString &id, bool checked);
    bool isChecked(const QString &id) const;

signals:
    void checkedIdsChanged();

private:
    void toggled(const QString &id, bool checked);

    CheckListModel *m_model;
    QStringList m_checked;
};

} // namespace rolelens
