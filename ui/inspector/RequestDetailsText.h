#pragma once

#include "http/RequestRecord.h"

#include <QCoreApplication>
#include <QString>

namespace muster {

// A request record as the inspector's detail panes show it: the request or status line, the headers,
// and the body, with JSON indented and cut bodies marked.
class RequestDetailsText final {
    Q_DECLARE_TR_FUNCTIONS(RequestDetailsText)

public:
    static QString request(const RequestRecord& record);
    static QString response(const RequestRecord& record);

    // JSON indented; other text as it is; binary data described, not dumped.
    static QString body(const QByteArray& body, bool truncated);
    // "Created" for 201, ... (empty for unknown codes).
    static QString reasonPhrase(int status);
};

} // namespace muster
