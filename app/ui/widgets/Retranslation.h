#pragma once

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// Texts that follow the language: `apply` sets them now, and again each time the language
// changes while `owner` lives (Qt sends LanguageChange to every widget and its children; this
// is a child of `owner`). For widgets built once whose labels, titles and tooltips come from
// tr(): they are rebuilt in no other way.
class Retranslation : public QObject {
    Q_OBJECT

public:
    static void apply(QWidget *owner, std::function<void()> apply);
    // The same, for texts already set: `apply` runs at the next change, not now.
    static void onChange(QWidget *owner, std::function<void()> apply);

protected:
    bool event(QEvent *event) override;

private:
    Retranslation(QWidget *owner, std::function<void()> apply);

    std::function<void()> m_apply;
};

} // namespace rolelens
