#pragma once

#include <optional>
#include <utility>

namespace rolelens {

// What reading one field of a JSON object gave: nothing (the field is absent), a value, or
// nothing usable (the field is there but null, of the wrong type or failing a check, and
// JsonReader has reported why). Optional fields need the third state: an absent field takes
// its default, but one that is there and wrong must fail what it belongs to, although it has
// no value either.
template <typename T> class JsonField {
public:
    JsonField() = default; // absent
    JsonField(T value) : m_value(std::move(value)), m_state(State::Value) {}

    static JsonField invalid()
    {
        JsonField field;
        field.m_state = State::Invalid;
        return field;
    }
    // The state of `other`, which has no value, for a field read through it (a number
    // through its JSON value, an enum through its key).
    template <typename U> static JsonField withoutValueLike(const JsonField<U> &other)
    {
        return other.isInvalid() ? invalid() : JsonField();
    }

    bool isAbsent() const { return m_state == State::Absent; }
    bool isInvalid() const { return m_state == State::Invalid; }
    bool hasValue() const { return m_state == State::Value; }
    explicit operator bool() const { return hasValue(); }

    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return hasValue() ? *m_value : std::move(fallback); }
    const std::optional<T> &toOptional() const { return m_value; }

private:
    enum class State : unsigned char { Absent, Value, Invalid };

    std::optional<T> m_value; // set in State::Value only
    State m_state = State::Absent;
};

} // namespace rolelens
