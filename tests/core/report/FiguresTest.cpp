#include "report/Figures.h"

#include "support/QtPrinters.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace {

using rolelens::Figures;

const QString kNbsp(QChar(0x00A0));

// Figures follow the default locale; each test sets the one it reads.
class FiguresTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};

TEST_F(FiguresTest, PercentagesKeepOneDecimalUnderTen)
{
    EXPECT_EQ(Figures::percent(3.04), QStringLiteral("3.0") + kNbsp + QLatin1Char('%'));
    EXPECT_EQ(Figures::percent(26.4), QStringLiteral("26") + kNbsp + QLatin1Char('%'));
    EXPECT_EQ(Figures::percent(5586.2), QStringLiteral("5,586") + kNbsp + QLatin1Char('%'));
    EXPECT_EQ(Figures::percent(-2.5), QStringLiteral("-2.5") + kNbsp + QLatin1Char('%'));
}

TEST_F(FiguresTest, FitIsAWholePercentageRoundedOnce)
{
    EXPECT_EQ(Figures::fitPercent(0.644), 64);
    EXPECT_EQ(Figures::fitPercent(0.645), 65);
    EXPECT_EQ(Figures::fitPercent(1.0), 100);
    EXPECT_EQ(Figures::fit(0.6), QStringLiteral("60") + kNbsp + QLatin1Char('%'));
}

TEST_F(FiguresTest, MeasuresCarryTheirUnitExceptCurrency)
{
    EXPECT_EQ(Figures::measure(1211.4, QStringLiteral("followers")),
              QStringLiteral("1,211 followers"));
    EXPECT_EQ(Figures::measure(2.5, QStringLiteral("hours")), QStringLiteral("2.5 hours"));
    EXPECT_EQ(Figures::measure(800, QStringLiteral("currency")), QStringLiteral("800"));
    EXPECT_EQ(Figures::measure(12, QString()), QStringLiteral("12"));
}

// A published figure keeps every decimal its report gives, so that it reads as the quote
// beside it does; a share keeps its sign with the number.
TEST_F(FiguresTest, QuotedFiguresKeepTheirDecimals)
{
    EXPECT_EQ(Figures::quoted(0.93, QStringLiteral("% of impressions")),
              QStringLiteral("0.93") + kNbsp + QStringLiteral("% of impressions"));
    EXPECT_EQ(Figures::quoted(0.063, QStringLiteral("%")),
              QStringLiteral("0.063") + kNbsp + QLatin1Char('%'));
    EXPECT_EQ(Figures::quoted(7, QStringLiteral("% of page likes")),
              QStringLiteral("7") + kNbsp + QStringLiteral("% of page likes"));
    EXPECT_EQ(Figures::quoted(5.4, QStringLiteral("interactions per 1,000 impressions")),
              QStringLiteral("5.4 interactions per 1,000 impressions"));
    EXPECT_EQ(Figures::quoted(1, QStringLiteral("day")), QStringLiteral("1 day"));
    EXPECT_EQ(Figures::quoted(1234.5, QString()), QStringLiteral("1,234.5"));
}

TEST_F(FiguresTest, AgeIsWrittenInWholeYears)
{
    EXPECT_EQ(Figures::age(0), QStringLiteral("this year"));
    EXPECT_EQ(Figures::age(1), QStringLiteral("1 year old"));
    EXPECT_EQ(Figures::age(9), QStringLiteral("9 years old"));
}

TEST_F(FiguresTest, ARangeNamesItsUnitOnce)
{
    EXPECT_EQ(Figures::range(3.0, 26.2, QStringLiteral("%")),
              QStringLiteral("3.0 to 26") + kNbsp + QLatin1Char('%'));
    EXPECT_EQ(Figures::range(1236, 1512, QStringLiteral("followers")),
              QStringLiteral("1,236 to 1,512 followers"));
}

TEST_F(FiguresTest, WeeksAndMonthsAreSingularForOne)
{
    EXPECT_EQ(Figures::weeks(1), QStringLiteral("1 week"));
    EXPECT_EQ(Figures::weeks(4), QStringLiteral("4 weeks"));
    EXPECT_EQ(Figures::months(1), QStringLiteral("1 month"));
    EXPECT_EQ(Figures::months(3), QStringLiteral("3 months"));
    EXPECT_EQ(Figures::months(0.92), QStringLiteral("0.9 months"));
    EXPECT_EQ(Figures::inWeeks(1), QStringLiteral("in 1 week"));
    EXPECT_EQ(Figures::inWeeks(4), QStringLiteral("in 4 weeks"));
    EXPECT_EQ(Figures::inWeeks(1040), QStringLiteral("in 1,040 weeks"));
}

TEST_F(FiguresTest, NumbersFollowTheLocale)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(Figures::range(3.0, 1512, QStringLiteral("%")),
              QStringLiteral("3,0 to 1.512") + kNbsp + QLatin1Char('%'));
}

} // namespace
