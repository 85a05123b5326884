// libFuzzer target: PATCH. The input is read as a PATCH path (FilterParser::parsePatchPath) and, when it
// is a JSON object, as a PatchOp body (PatchRequest, lenient and strict) whose operations PatchEngine
// applies to a full user and to a group.
#include "FuzzEnvironment.h"
#include "patch/PatchEngine.h"
#include "patch/PatchRequest.h"
#include "query/FilterParser.h"

#include <QJsonArray>

using namespace muster;

namespace {

QJsonObject sampleGroup()
{
    return fuzz::FuzzEnvironment::jsonObject(QByteArrayLiteral(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"id\":\"e9e30dba\","
        "\"displayName\":\"Tour Guides\",\"members\":[{\"value\":\"2819c223\",\"type\":\"User\"},"
        "{\"value\":\"902c246b\",\"display\":\"Jim\"}]}"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto registry = fuzz::FuzzEnvironment::registry();
    static const QJsonObject user = fuzz::FuzzEnvironment::sampleUser();
    static const QJsonObject group = sampleGroup();
    const QByteArray input = fuzz::FuzzEnvironment::bytes(data, size);
    (void)FilterParser::parsePatchPath(QString::fromUtf8(input));

    const QJsonObject body = fuzz::FuzzEnvironment::jsonObject(input);
    if (body.isEmpty())
        return 0;
    for (const bool strict : {false, true}) {
        PatchOptions options;
        options.strict = strict;
        const Result<PatchRequest> request = PatchRequest::parse(body, options);
        if (!request)
            continue;
        const std::pair<QStringView, const QJsonObject*> targets[] = {{u"User", &user}, {u"Group", &group}};
        for (const auto& [typeName, resource] : targets) {
            const ResourceType* type = registry->resourceType(typeName);
            const PatchEngine engine(*registry, *type, options);
            (void)engine.expand(*resource, request->operations);
            (void)engine.apply(*resource, request->operations);
        }
    }
    return 0;
}
