#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rolelens {

// Every number a person reads, formatted in one place, in the user's locale: the text, Markdown,
// HTML and PDF outputs and the window show the same figure the same way ("3.0 to 26 %",
// "64 %", "1,211 followers", "4 weeks").
class Figures {
    Q_DECLARE_TR_FUNCTIONS(Figures)

public:
    // A plain number with DECIMALS digits after the point, grouped ("1,211").
    static QString number(double value, int decimals = 0);
    // A percentage: one decimal under 10 ("3.0 %"), none from 10 ("26 %").
    static QString percent(double value);
    // How well a role fits, from 0 to 1, as a whole percentage: 64, and "64 %".
    static int fitPercent(double fraction);
    static QString fit(double fraction);
    // A measured value with its unit: percentages as percent(), "currency" as a bare amount,
    // any other unit after the number ("1,211 followers"), one decimal under 10.
    static QString measure(double value, const QString &unit);
    // A figure as its report gives it, every decimal it has (up to 3) kept, with its unit:
    // "0.93 % of impressions", "5.4 interactions per 1,000 impressions". Rounding a published
    // figure would make it differ from the quotation beside it.
    static QString quoted(double value, const QString &unit);
    // How old a report is, from Source::ageInYears(): "this year", "1 year old", "2 years old".
    static QString age(int years);
    // A range of a measure, its unit once: "3.0 to 26 %", "1,211 to 1,288 followers".
    static QString range(double low, double high, const QString &unit);
    // An amount of money with the currency the owner gave, if any: "EUR 400", "400".
    static QString money(double amount, const QString &currency);
    static QString weeks(double weeks);
    // Whole months without a decimal ("3 months"), parts of months with one ("0.9 months").
    static QString months(double months);
    // The time a target is due in, in the weeks the owner gave: "in 4 weeks" (a phrase of its
    // own, since languages decline the noun after "in").
    static QString inWeeks(int weeks);
    // A document's date, written out in the locale's long form.
    static QString today();
    static QString date(const QDate &date);

private:
    static constexpr int kMaxQuotedDecimals = 3;

    static int decimalsFor(double value);
    static QString withUnit(const QString &digits, const QString &unit);
};

} // namespace rolelens
