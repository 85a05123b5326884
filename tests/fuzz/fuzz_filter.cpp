// libFuzzer target: RFC 7644 filter text through FilterParser (strict and lenient), then each filter
// that parses is compiled for Users and Groups, matched against a full user and translated to SQL for
// SQLite and PostgreSQL, as a list request would.
#include "FuzzEnvironment.h"
#include "query/CompiledFilter.h"
#include "query/FilterParser.h"
#include "store/sql/SqlQueryTranslator.h"

using namespace muster;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto registry = fuzz::FuzzEnvironment::registry();
    static const QJsonObject user = fuzz::FuzzEnvironment::sampleUser();
    const QString text = QString::fromUtf8(fuzz::FuzzEnvironment::bytes(data, size));
    for (const FilterSyntax syntax : {FilterSyntax::Strict, FilterSyntax::Lenient}) {
        const Result<FilterPtr> filter = FilterParser::parse(text, syntax);
        if (!filter)
            continue;
        for (const ResourceType* type : registry->resourceTypes()) {
            const Result<CompiledFilter> compiled = CompiledFilter::compile(*registry, *type, *filter);
            if (compiled)
                (void)compiled->matches(user);
            for (const SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::Postgres})
                (void)SqlQueryTranslator(*registry, *type, dialect).where(*filter);
        }
    }
    return 0;
}
