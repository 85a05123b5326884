#pragma once

#include <QString>

namespace muster {

// What an identity provider's provisioning run looks like on the wire, sent to the running server so
// that the request inspector has something to show: listing and filtering, creating, patching and
// deleting users, a group member change, a lookup that finds nothing, and a request with a bad token.
class DemoTraffic final {
public:
    // Sends the requests one after another and returns once all are answered (or after `timeoutMs`);
    // false when any went unanswered.
    static bool send(const QString& baseUrl, const QString& token, int timeoutMs = 20000);
};

} // namespace muster
