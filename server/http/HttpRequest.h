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
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace muster
