#pragma once

namespace rolelens {

// Visits a std::variant with one lambda per alternative: std::visit(Overloaded{...}, value).
template <typename... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace rolelens
