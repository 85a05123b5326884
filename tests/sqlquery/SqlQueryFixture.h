#pragma once

#include "schema/SchemaRegistry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// The data of the translator's differential suite, kept out of the QObject test file so that moc never
// reads its raw strings: a registry (built-in schemas plus the query suites' profile extension, which has
// every attribute type), users and groups made canonical by ResourceCanonicalizer, and the filters, sorts
// and invalid inputs to run against them.
namespace muster::sqlqueryfixture {

inline const QString DefaultTenant = QStringLiteral("default");
inline const QString OtherTenant = QStringLiteral("other");

// Null, with a warning, if the schemas do not load.
std::shared_ptr<SchemaRegistry> registry();

struct Resources {
    QList<QJsonObject> users;  // canonical, with id and meta
    QList<QJsonObject> groups; // canonical, with their "members" arrays (the store keeps those apart)
    // Resources of OtherTenant, sharing ids with the default tenant's but not their members.
    QList<QJsonObject> otherUsers;
    QList<QJsonObject> otherGroups;
};

// Empty lists, with a warning naming the resource, if one does not canonicalize.
Resources resources(const SchemaRegistry& registry);

// What a filter row promises about the rows CompiledFilter selects, so that no row is trivially empty.
enum class Expect {
    Mixed, // some resources match and some do not
    None,  // nothing matches (the SQL must not invent matches)
    All,   // everything matches
};

struct FilterCase {
    const char* filter;
    Expect expect = Expect::Mixed;
};

QList<FilterCase> userFilters();
QList<FilterCase> groupFilters();

struct SortCase {
    const char* type;
    const char* sortBy;
    bool descending = false;
};

QList<SortCase> sorts();

struct InvalidCase {
    const char* type;
    const char* text; // a filter, or a sortBy path
};

QList<InvalidCase> invalidFilters();
QList<InvalidCase> invalidSorts();

} // namespace muster::sqlqueryfixture
