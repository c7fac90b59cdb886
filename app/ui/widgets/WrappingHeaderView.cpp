#include "ui/widgets/WrappingHeaderView.h"

#include <QStyle>

#include <algorithm>

namespace rolelens {

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    // Queued: stretched sections are resized one after another, and only the last widths
    // count; not every width change is reported as a resize either, so a resize of the
    // header fits it too.
    connect(this, &QHeaderView::sectionResized, this, &WrappingHeaderView::fitHeight,
            Qt::QueuedConnection);
    connect(this, &QHeaderView::sectionCountChanged, this, &WrappingHeaderView::fitHeight,
            Qt::QueuedConnection);
}

void WrappingHeaderView::setModel(QAbstractItemModel *model)
{
    disconnect(m_titlesChanged);
    disconnect(m_reset);
    QHeaderView::setModel(model);
    // New titles in columns of the same width: no section is resized to say so.
    if (model) {
        m_titlesChanged = connect(model, &QAbstractItemModel::headerDataChanged, this,
                                  &WrappingHeaderView::fitHeight);
        m_reset =
            connect(model, &QAbstractItemModel::modelReset, this, &WrappingHeaderView::fitHeight);
    }
}

void WrappingHeaderView::resizeEvent(QResizeEvent *event)
{
    QHeaderView::resizeEvent(event);
    QMetaObject::invokeMethod(this, &WrappingHeaderView::fitHeight, Qt::QueuedConnection);
}

void WrappingHeaderView::fitHeight()
{
    if (!model()) {
        return;
    }
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 2;
    int needed = 0;
    for (int section = 0; section < count(); ++section) {
        if (isSectionHidden(section)) {
            continue;
        }
        const QString title = model()->headerData(section, orientation()).toString();
        const QRect wrapped = fontMetrics().boundingRect(
            QRect(0, 0, std::max(1, sectionSize(section) - margin), 100000), Qt::TextWordWrap,
            title);
        needed = std::max(needed, wrapped.height() + margin);
    }
    // QTableView lays the header out at least at its minimum height, once told.
    if (needed != minimumHeight()) {
        setMinimumHeight(needed);
        emit geometriesChanged();
    }
}

} // namespace rolelens
