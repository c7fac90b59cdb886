#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace rolelens::testing {

// CSV read back as a spreadsheet reads it (RFC 4180), written apart from the program's
// renderer so that a test does not check the renderer against itself. Records end with CRLF
// (a bare line feed outside quotes fails the test); a quoted field may hold commas, line
// breaks and doubled quotes. A blank line is a record of no fields.
inline QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            if (fieldStarted || !field.isEmpty()) {
                record.append(field);
            }
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ADD_FAILURE() << "a line break outside quotes that is not CRLF, at " << i;
            return records;
        } else if (c == QLatin1Char('"')) {
            ADD_FAILURE() << "a quote inside an unquoted field, at " << i;
            return records;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    EXPECT_FALSE(quoted) << "a quoted field is not closed";
    EXPECT_TRUE(field.isEmpty() && record.isEmpty()) << "the last record does not end with CRLF";
    return records;
}

} // namespace rolelens::testing
