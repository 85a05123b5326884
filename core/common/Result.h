#pragma once

#include "common/ScimError.h"

#include <utility>
#include <variant>

namespace muster {

// A value or a ScimError; the core's way to report failure (no exceptions cross its API).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(const T& value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(const ScimError& error)
        : m_data(std::in_place_index<1>, error)
    {}
    Result(ScimError&& error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    T* operator->() { return &std::get<0>(m_data); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const ScimError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ScimError> m_data;
};

// Success or a ScimError.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const ScimError& error)
        : m_error(error)
        , m_failed(true)
    {}
    Result(ScimError&& error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ScimError& error() const { return m_error; }

private:
    ScimError m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace muster
