#include "scim/ScimAuthenticator.h"

#include "scim/ScimErrorResponse.h"

namespace muster {

namespace {

ScimError unauthorized(const QString& detail)
{
    return ScimError{401, ScimType::None, detail};
}

} // namespace

ScimAuthenticator::ScimAuthenticator(std::shared_ptr<TokenStore> tokens, bool allowBasic)
    : m_tokens(std::move(tokens))
    , m_allowBasic(allowBasic)
{}

Result<ScimAuthenticator::Caller> ScimAuthenticator::authenticate(const HttpRequest& request) const
{
    if (!m_tokens)
        return Caller{std::nullopt, QStringLiteral("anonymous")};

    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty())
        return unauthorized(
            QStringLiteral("Authentication required: send \"Authorization: Bearer <token>\""));
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space < 0 ? authorization.size() : space).toLower();
    const QByteArray credentials = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();

    QByteArray secret;
    if (scheme == "bearer") {
        secret = credentials;
    } else if (scheme == "basic" && m_allowBasic) {
        const auto decoded =
            QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0)
            return unauthorized(QStringLiteral("Malformed Basic credentials"));
        secret = decoded.decoded.mid(colon + 1);
    } else {
        return unauthorized(m_allowBasic ? QStringLiteral("Use a Bearer token or HTTP Basic credentials")
                                         : QStringLiteral("Use a Bearer token"));
    }
    if (secret.isEmpty())
        return unauthorized(QStringLiteral("The token is empty"));

    const std::optional<ApiToken> token = m_tokens->authenticate(secret);
    if (!token || token->isExpired(QDateTime::currentDateTimeUtc()))
        return unauthorized(QStringLiteral("The token is invalid, revoked or expired"));
    return Caller{token, QStringLiteral("token:") + token->name};
}

HttpResponse ScimAuthenticator::challenge(const ScimError& error) const
{
    HttpResponse response = ScimErrorResponse::response(error);
    response.headers.append(
        {QByteArrayLiteral("www-authenticate"), QByteArrayLiteral("Bearer realm=\"Muster\"")});
    if (m_allowBasic)
        response.headers.append({QByteArrayLiteral("www-authenticate"),
                                 QByteArrayLiteral("Basic realm=\"Muster\", charset=\"UTF-8\"")});
    return response;
}

} // namespace muster
