#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace muster {

// One HTTP request as the SCIM service sees it, independent of the transport that received it
// (QtHttpServer on a socket, or a test or fuzzer calling the service directly).
struct HttpRequest {
    QByteArray method; // upper case: "GET", "POST", ...
    QString path;      // percent-decoded path without the query, e.g. "/scim/v2/Users/2819c223"
    QUrlQuery query;   // the query string, undecoded values (QUrlQuery decodes on access)
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, in arrival order
    QByteArray body;
    QHostAddress peer;
    bool secure = false; // arrived over TLS

    // The first value of a header, by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (sameName(key, name))
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (sameName(header.first, name))
                return true;
        }
        return false;
    }

private:
    // Most names differ in length, and the rest are compared case-insensitively only if that is needed.
    static bool sameName(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && (a == b || a.compare(b, Qt::CaseInsensitive) == 0);
    }
};

} // namespace muster
