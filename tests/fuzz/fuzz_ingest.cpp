// libFuzzer target: resource ingest. The input, when it is a JSON object, is created as a User and as a
// Group through a Directory on a fresh MemoryStore (canonicalization, validation, uniqueness, member
// resolution), then used again as a PUT of what was created, and the result read back.
#include "FuzzEnvironment.h"
#include "directory/Directory.h"
#include "store/MemoryStore.h"

using namespace muster;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto registry = fuzz::FuzzEnvironment::registry();
    const QJsonObject input = fuzz::FuzzEnvironment::jsonObject(fuzz::FuzzEnvironment::bytes(data, size));
    if (input.isEmpty())
        return 0;
    DirectoryOptions options;
    options.passwordStrength = PasswordHasher::Strength::Fast; // hashing is not what is fuzzed
    // A fresh directory per input: a crash must reproduce from its input alone.
    Directory directory(registry, std::make_shared<MemoryStore>(registry), options);
    const OperationContext context{ResourceStore::DefaultTenant, QStringLiteral("fuzz")};
    for (const QString& type : {QStringLiteral("User"), QStringLiteral("Group")}) {
        const Result<Resource> created = directory.create(context, type, input);
        if (!created)
            continue;
        (void)directory.replace(context, type, created->id, input);
        (void)directory.get(context, type, created->id);
    }
    return 0;
}
