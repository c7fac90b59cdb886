#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace rolelens {

// The one place an enum's values meet their file keys ("general-practice") and their
// translated labels, so that reading, writing and showing a value cannot disagree: each
// direction used to be written by hand. Made once (a function-local static) and only read
// after, so it can be used from the catalog's parsing threads.
template <typename Enum> class EnumTable {
public:
    struct Entry {
        Enum value;
        // None: the value is never read from or written to a file (an "unspecified").
        const char *key = nullptr;
        // Marked with QT_TRANSLATE_NOOP in the table's context; none: the value has no label.
        const char *label = nullptr;
    };

    EnumTable(const char *context, std::initializer_list<Entry> entries) : m_context(context)
    {
        for (const Entry &entry : entries) {
            m_rows.append(
                {entry.value, entry.key ? QString::fromLatin1(entry.key) : QString(), entry.label});
        }
    }

    // Empty for a value without a key.
    const QString &key(Enum value) const
    {
        for (const Row &row : m_rows) {
            if (row.value == value) {
                return row.key;
            }
        }
        static const QString none;
        return none;
    }

    std::optional<Enum> fromKey(QStringView key) const
    {
        for (const Row &row : m_rows) {
            if (!row.key.isEmpty() && row.key == key) {
                return row.value;
            }
        }
        return std::nullopt;
    }

    // Translated; empty for a value without a label.
    QString label(Enum value) const
    {
        for (const Row &row : m_rows) {
            if (row.value == value && row.label) {
                return QCoreApplication::translate(m_context, row.label);
            }
        }
        return {};
    }

private:
    struct Row {
        Enum value;
        QString key;
        const char *label;
    };

    const char *m_context;
    QList<Row> m_rows;
};

} // namespace rolelens
