#pragma once

#include <QString>

namespace muster {

// Salted, deliberately slow password hashes (Argon2id through libsodium), in the PHC string format
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), so the parameters travel with each hash.
class PasswordHasher final {
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: the default for a directory
        Moderate,
        Fast, // minimum limits: tests and benchmarks only
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    QString hash(const QString& password) const; // empty on failure (out of memory)
    static bool verify(const QString& password, const QString& hash);
    static bool isHash(const QString& text); // looks like a hash this class made

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace muster
