#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace muster {

// One HTTP response produced by the SCIM service; the transport adds what belongs to the connection
// (Content-Length, Connection, compression).
struct HttpResponse {
    // A header the SCIM layer may set on an error response to name its RFC 7644 scimType for the
    // transport's error metrics; the transport removes it before sending (without it, the transport
    // reads "scimType" from the JSON error body).
    static constexpr char scimTypeHeader[] = "x-muster-scim-type";

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. {"content-type", "application/scim+json"}
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name.toLower(), value});
    }
};

} // namespace muster
