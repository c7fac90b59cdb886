#pragma once

#include <QHeaderView>

namespace rolelens {

// A horizontal header whose titles wrap onto more lines when their columns are narrow, and
// which grows to hold them; QHeaderView alone keeps one line and cuts the title short.
class WrappingHeaderView : public QHeaderView {
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QMetaObject::Connection m_titlesChanged;
    QMetaObject::Connection m_reset;
};

} // namespace rolelens
