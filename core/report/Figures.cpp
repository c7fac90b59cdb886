#include "report/Figures.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace rolelens {

namespace {
// Between a number and its percent sign: a line is never broken inside "26 %".
constexpr QChar kNoBreakSpace{0x00A0};
} // namespace

int Figures::decimalsFor(double value)
{
    return std::abs(value) < 10 ? 1 : 0;
}

QString Figures::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString Figures::percent(double value)
{
    return number(value, decimalsFor(value)) + kNoBreakSpace + QLatin1Char('%');
}

int Figures::fitPercent(double fraction)
{
    return static_cast<int>(std::lround(fraction * 100));
}

QString Figures::fit(double fraction)
{
    return number(fitPercent(fraction)) + kNoBreakSpace + QLatin1Char('%');
}

QString Figures::measure(double value, const QString &unit)
{
    if (unit == QLatin1String("%")) {
        return percent(value);
    }
    return withUnit(number(value, decimalsFor(value)), unit);
}

QString Figures::quoted(double value, const QString &unit)
{
    int decimals = 0;
    while (decimals < kMaxQuotedDecimals &&
           std::abs(value * std::pow(10.0, decimals) -
                    std::round(value * std::pow(10.0, decimals))) > 1e-9) {
        ++decimals;
    }
    return withUnit(number(value, decimals), unit);
}

QString Figures::withUnit(const QString &digits, const QString &unit)
{
    if (unit.isEmpty() || unit == QLatin1String("currency")) {
        return digits;
    }
    // A word may go to the next line in a narrow table cell; a sign may not ("2.6 % of
    // followers" breaks after the sign, if at all).
    return digits + (unit.startsWith(QLatin1Char('%')) ? kNoBreakSpace : QLatin1Char(' ')) + unit;
}

QString Figures::age(int years)
{
    if (years <= 0) {
        return tr("this year");
    }
    return tr("%Ln year(s) old", nullptr, years);
}

QString Figures::range(double low, double high, const QString &unit)
{
    // The unit once, after the upper end: "3.0 to 26 %", "1,211 to 1,288 followers".
    return tr("%1 to %2").arg(measure(low, QString()), measure(high, unit));
}

QString Figures::money(double amount, const QString &currency)
{
    // Whole amounts as entered; cents only where there are some.
    const QString digits = number(amount, amount == std::floor(amount) ? 0 : 2);
    return currency.isEmpty() ? digits : tr("%1 %2").arg(currency, digits);
}

// Counts take the plural form their number needs in each language (%Ln: the number as the
// locale writes it); English has a plural-only translation file of its own (rolelens_en.ts).
QString Figures::weeks(double weeks)
{
    if (weeks == std::round(weeks)) {
        return tr("%Ln week(s)", nullptr, static_cast<int>(weeks));
    }
    // A fraction of a week is plural in every language the program speaks.
    return tr("%1 weeks").arg(number(weeks, 1));
}

QString Figures::months(double months)
{
    const bool whole = months == std::round(months);
    if (whole) {
        return tr("%Ln month(s)", nullptr, static_cast<int>(months));
    }
    // A fraction of a month is plural in every language the program speaks.
    return tr("%1 months").arg(number(months, 1));
}

QString Figures::inWeeks(int weeks)
{
    return tr("in %Ln week(s)", nullptr, weeks);
}

QString Figures::today()
{
    return date(QDate::currentDate());
}

QString Figures::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace rolelens
