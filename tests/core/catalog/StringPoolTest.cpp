#include "catalog/StringPool.h"

#include "support/CatalogGenerator.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

namespace rolelens {
namespace {

// Built at run time, so that equal texts start out as separate copies.
QString copyOf(const char *text)
{
    return QString::fromUtf8(text);
}

TEST(StringPool, EqualStringsShareOneCopyAndKeepTheirValue)
{
    StringPool pool;
    const QString first = pool.intern(copyOf("Plan weekly reports"));
    const QString second = pool.intern(copyOf("Plan weekly reports"));
    const QString other = pool.intern(copyOf("Plan the annual budget"));
    EXPECT_EQ(first, QStringLiteral("Plan weekly reports"));
    EXPECT_EQ(second, first);
    EXPECT_EQ(second.constData(), first.constData());
    EXPECT_EQ(other, QStringLiteral("Plan the annual budget"));
    EXPECT_NE(other.constData(), first.constData());
    // Empty and null stay what they were.
    EXPECT_TRUE(pool.intern(QString()).isNull());
    EXPECT_TRUE(pool.intern(copyOf("")).isEmpty());
}

TEST(StringPool, ThreadsInterningTheSameValuesGetOneCopy)
{
    // Two threads, as the loader's parsing threads do, interning the same strings, lists and
    // citations in opposite orders: every equal value must come back as one copy.
    StringPool pool;
    constexpr int kValues = 2000;
    struct Interned {
        QList<QString> strings;
        QList<QStringList> lists;
        QList<Citations> citations;
    };
    const auto work = [&pool](bool reverse) {
        Interned out;
        for (int n = 0; n < kValues; ++n) {
            const int i = reverse ? kValues - 1 - n : n;
            const QString text = QStringLiteral("value %1").arg(i);
            out.strings.append(pool.intern(text));
            out.lists.append(pool.intern(QStringList{text, QStringLiteral("tag %1").arg(i % 7)}));
            out.citations.append(
                pool.intern(Citations{{QStringLiteral("source-%1").arg(i % 5), text}}));
        }
        if (reverse) {
            std::reverse(out.strings.begin(), out.strings.end());
            std::reverse(out.lists.begin(), out.lists.end());
            std::reverse(out.citations.begin(), out.citations.end());
        }
        return out;
    };
    Interned forward;
    Interned backward;
    std::thread other([&] { backward = work(true); });
    forward = work(false);
    other.join();
    for (int i = 0; i < kValues; ++i) {
        EXPECT_EQ(forward.strings.at(i), QStringLiteral("value %1").arg(i));
        EXPECT_EQ(forward.strings.at(i).constData(), backward.strings.at(i).constData()) << i;
        EXPECT_EQ(forward.lists.at(i).constData(), backward.lists.at(i).constData()) << i;
        EXPECT_EQ(forward.citations.at(i).constData(), backward.citations.at(i).constData()) << i;
        EXPECT_EQ(forward.lists.at(i).first().constData(), forward.strings.at(i).constData());
    }
}

TEST(StringPool, ListsAndCitationsShareTheirElementsAndThemselves)
{
    StringPool pool;
    const QStringList tags = pool.intern(QStringList{copyOf("salary"), copyOf("contract-fees")});
    const QStringList again = pool.intern(QStringList{copyOf("salary"), copyOf("contract-fees")});
    EXPECT_EQ(again, tags);
    EXPECT_EQ(again.constData(), tags.constData());
    const QStringList reordered =
        pool.intern(QStringList{copyOf("contract-fees"), copyOf("salary")});
    EXPECT_EQ(reordered, (QStringList{QStringLiteral("contract-fees"), QStringLiteral("salary")}));
    EXPECT_EQ(reordered.at(1).constData(), tags.at(0).constData()); // the strings still shared

    const Citations cited = pool.intern(Citations{{copyOf("general-practice"), QString()}});
    const Citations citedAgain = pool.intern(Citations{{copyOf("general-practice"), QString()}});
    EXPECT_EQ(citedAgain, cited);
    EXPECT_EQ(citedAgain.constData(), cited.constData());
    const Citations quoted =
        pool.intern(Citations{{copyOf("general-practice"), copyOf("a quote")}});
    EXPECT_NE(quoted, cited);
    EXPECT_EQ(quoted.first().quote, QStringLiteral("a quote"));
    EXPECT_EQ(quoted.first().sourceId.constData(), cited.first().sourceId.constData());
}

TEST(StringPool, GeneratedRolesShareWhatTheyRepeat)
{
    // Two files, so that sharing works across files too.
    const auto result =
        bench::loadWithBuiltIn({bench::generateCatalog(3, 1, 0), bench::generateCatalog(3, 1, 3)});
    ASSERT_TRUE(result.ok());
    const auto &roles = result.value().roles();
    const Role &first = roles.at(roles.size() - 6);
    const Role &last = roles.last();
    EXPECT_EQ(first.summarySources.constData(), last.summarySources.constData());
    EXPECT_EQ(first.summarySources.first().sourceId, QStringLiteral("general-practice"));
    // A responsibility every role lists the same way has one name and one description.
    QHash<QString, const Responsibility *> byId;
    int shared = 0;
    for (const auto &role : roles) {
        for (const auto &item : role.responsibilities) {
            const auto seen = byId.constFind(item.id);
            if (seen == byId.constEnd()) {
                byId.insert(item.id, &item);
                continue;
            }
            if ((*seen)->name == item.name) {
                EXPECT_EQ((*seen)->name.constData(), item.name.constData()) << qPrintable(item.id);
                ++shared;
            }
        }
    }
    EXPECT_GT(shared, 0);
}

} // namespace
} // namespace rolelens
