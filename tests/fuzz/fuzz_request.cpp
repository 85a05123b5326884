// libFuzzer target: one whole HTTP request through ScimService::handle, in process. The input reads
//   METHOD SP target LF (header-name: value LF)* LF body
// where target is a decoded path with an optional ?query. Without an Authorization header the request
// carries the default tenant's token, so that most inputs get past authentication. "{user}" and
// "{group}" in the target and body stand for the ids of a user and a group created beforehand (ids are
// random), so that inputs can reach existing resources.
#include "FuzzEnvironment.h"
#include "ScimFixture.h"

using namespace muster;

namespace {

struct FuzzRequest {
    QByteArray method;
    QString target;
    ScimFixture::Headers headers;
    QByteArray body;
};

FuzzRequest parseRequest(const QByteArray& input)
{
    FuzzRequest request;
    qsizetype lineEnd = input.indexOf('\n');
    const QByteArray requestLine = input.left(lineEnd < 0 ? input.size() : lineEnd);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    request.target = space < 0 ? QString() : QString::fromUtf8(requestLine.mid(space + 1));
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 1;
        lineEnd = input.indexOf('\n', start);
        const QByteArray line = input.mid(start, lineEnd < 0 ? -1 : lineEnd - start);
        if (line.isEmpty()) {
            if (lineEnd >= 0)
                request.body = input.mid(lineEnd + 1);
            break;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append(
            {line.left(colon).trimmed().toLower(), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzRequest request = parseRequest(fuzz::FuzzEnvironment::bytes(data, size));
    ScimFixture fixture({}, {}, true, fuzz::FuzzEnvironment::registry());
    const QString userId = fixture.createUser(QStringLiteral("bjensen"));
    const QString groupId = fixture.createGroup(QStringLiteral("Tour Guides"), {userId});
    request.target.replace(u"{user}"_qs, userId).replace(u"{group}"_qs, groupId);
    request.body.replace("{user}", userId.toUtf8()).replace("{group}", groupId.toUtf8());
    const bool authorized = std::any_of(request.headers.begin(), request.headers.end(),
                                        [](const auto& header) { return header.first == "authorization"; });
    const std::optional<QByteArray> token =
        authorized ? std::nullopt : std::optional<QByteArray>(ScimFixture::DefaultToken);
    (void)fixture.service().handle(
        ScimFixture::request(request.method, request.target, request.body, request.headers, token));
    return 0;
}
