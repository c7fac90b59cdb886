#pragma once

#include "base/Diagnostic.h"

#include <optional>
#include <utility>

namespace rolelens {

// A value or the list of every problem that prevented it (std::expected is C++23, and we
// want all errors, not only the first).
template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Diagnostics errors) : m_errors(std::move(errors)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    const Diagnostics &errors() const { return m_errors; }

private:
    std::optional<T> m_value;
    Diagnostics m_errors;
};

} // namespace rolelens
