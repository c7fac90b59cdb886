#pragma once

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace rolelens::bench {

// SplitMix64: small, fast, and the same sequence on every platform and standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < count (the modulo bias is irrelevant for word lists).
    qsizetype below(qsizetype count)
    {
        return static_cast<qsizetype>(next() % static_cast<quint64>(count));
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<qsizetype>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qsizetype>(items.size())))];
    }
    // count distinct indexes below size, in random order.
    std::vector<qsizetype> distinct(qsizetype size, qsizetype count)
    {
        std::vector<qsizetype> all(static_cast<std::size_t>(size));
        for (qsizetype i = 0; i < size; ++i) {
            all[static_cast<std::size_t>(i)] = i;
        }
        count = std::min(count, size);
        for (qsizetype i = 0; i < count; ++i) {
            std::swap(all[static_cast<std::size_t>(i)],
                      all[static_cast<std::size_t>(i + below(size - i))]);
        }
        all.resize(static_cast<std::size_t>(count));
        return all;
    }

private:
    quint64 m_state;
};

// A seed made of two numbers, as different for neighbouring inputs as for distant ones.
inline quint64 mix(quint64 a, quint64 b)
{
    Rng rng((a * 0x100000001B3ULL) ^ (b + 0x51ED27ULL));
    return rng.next();
}

// A seed made of a text: the same text always gives the same seed.
inline quint64 hashOf(const QString &text)
{
    quint64 hash = 0xCBF29CE484222325ULL; // FNV-1a
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 0x100000001B3ULL;
    }
    return hash;
}

} // namespace rolelens::bench
