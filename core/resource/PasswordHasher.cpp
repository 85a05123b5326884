#include "resource/PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

#include <sodium.h>

namespace muster {

namespace {

// sodium_init() is itself thread-safe, but calling it once keeps the hot path free of it; a
// function-local static is initialized exactly once even when several threads hash at start-up.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Strength strength)
{
    switch (strength) {
    case Strength::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Strength::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case Strength::Fast:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    }
}

QString PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Argon2id explicitly rather than libsodium's default, so that a future default cannot change
    // what Muster stores.
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit,
                              m_memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& hash)
{
    if (!sodiumReady() || !isHash(hash))
        return false;
    const QByteArray encoded = hash.toLatin1();
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES - 1 characters.
    if (encoded.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::isHash(const QString& text)
{
    if (!text.startsWith(QLatin1String("$argon2id$")) && !text.startsWith(QLatin1String("$argon2i$")))
        return false;
    // "$argon2id$v=19$m=65536,t=2,p=1$salt$hash": algorithm, version, parameters, salt and hash.
    const QStringList parts = text.split(u'$');
    if (parts.size() != 6)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).isEmpty())
            return false;
    }
    return parts.at(2).startsWith(QLatin1String("v=")) && parts.at(3).startsWith(QLatin1String("m="));
}

} // namespace muster
