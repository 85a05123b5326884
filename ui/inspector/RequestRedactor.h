#pragma once

#include "http/RequestRecord.h"

namespace muster {

// What the request inspector hides beyond what the transport already redacts (the Authorization,
// Proxy-Authorization and Cookie request headers, and "password" members of request bodies): the
// same in responses, Set-Cookie and API-key style headers, secret-looking query parameters and
// form fields, and secret-named JSON members (token, secret, client_secret, ...) in either body.
// Nothing that the inspector shows or exports has skipped it.
class RequestRedactor final {
public:
    static RequestRecord redact(RequestRecord record);

    static RequestRecord::Headers redactHeaders(const RequestRecord::Headers& headers);
    // "a=1&access_token=x" -> "a=1&access_token=[redacted]"
    static QString redactQuery(const QString& query);
    // `contentType` picks JSON or form handling; bodies of other types are searched as text.
    static QByteArray redactBody(const QByteArray& body, QByteArrayView contentType);

    // Whether a header, parameter or member with this name carries a secret ("password", "token",
    // "client_secret", "X-Api-Key", ...; any case, "-" and "_" ignored).
    static bool isSecretName(QStringView name);
};

} // namespace muster
