#include "SqlQueryFixture.h"

#include "resource/ResourceCanonicalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

namespace muster::sqlqueryfixture {

namespace {

const QString QueryData = QStringLiteral(MUSTER_SOURCE_DIR "/tests/query/data");

QList<QJsonObject> jsonArrayFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> list;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array())
        list.append(value.toObject());
    return list;
}

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("fixture JSON: %s in %s", qPrintable(error.errorString()), json);
    return document.object();
}

// A resource as a client sends it, and what the directory adds (id and meta) around its canonical form.
struct Input {
    const char* id;
    const char* json;
    const char* created;
    const char* lastModified;
};

// Users beyond the query suites' u1..u5: names that fold in ways lower() does not (ß, İ, final sigma,
// Kelvin sign, long s), characters beyond U+FFFF and in U+E000..U+FFFF, LIKE and quote characters,
// missing and empty values, dateTimes of every precision, numbers beyond 2^53.
const Input UserInputs[] = {
    {"c01",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "STRASSE", "displayName": "Straße Müller", "title": "Ingénieur",
         "name": {"givenName": "Jörg", "familyName": "Straße"}, "active": true,
         "emails": [{"value": "Joerg@Example.COM", "type": "work", "primary": true},
                    {"value": "j@straße.de", "type": "home", "primary": false}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
             "department": "Forschung", "employeeNumber": "007", "manager": {"value": "c02"}},
         "urn:example:params:scim:schemas:extension:profile:2.0:User": {
             "level": 7, "score": 2.75, "birthday": "1970-01-01T00:00:00Z", "tags": ["ß", "Alpha"],
             "nicknames": ["Jö"]}})json",
     "2011-05-13T04:42:34Z", "2024-01-01T00:00:00.500Z"},
    {"c02",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "straße", "displayName": "strasse", "nickName": "İstanbul",
         "name": {"familyName": "STRASSE"}, "active": false,
         "emails": [{"value": "STRASSE@example.com"}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "forschung"}})json",
     "2011-05-13T04:42:34.0009Z", "2024-01-01T00:00:00Z"},
    {"c03",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "İstanbul", "displayName": "istanbul", "locale": "tr-TR",
         "emails": [{"value": "ist@EXAMPLE.org", "type": "Work"}],
         "phoneNumbers": [{"value": "+90 212", "type": "mobile", "primary": true}]})json",
     "2011-05-13T06:42:34+02:00", "2023-12-31T23:59:59.999Z"},
    {"c04",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "istanbul", "displayName": "ISTANBUL", "title": "",
         "phoneNumbers": [{"value": "", "type": "work"}]})json",
     "2011-05-13T04:42:34.9999Z", "2024-01-01T00:00:00.123456Z"},
    {"c05",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "σίσυφος", "displayName": "Σίσυφος", "active": true})json",
     "2011-05-13", "2020-02-29T12:00:00.1Z"},
    {"c06",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "ΣΊΣΥΦΟΣ", "displayName": "σίσυφοσ", "nickName": "Σ"})json",
     "2011-05-13T00:00:00.000Z", "2020-02-29T12:00:00.12Z"},
    {"c07",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "emoji😀user", "displayName": "ＡＢ wide", "nickName": "😀",
         "title": "\ue000 private"})json",
     "2012-01-01T00:00:00Z", "2012-01-01T00:00:00Z"},
    {"c08",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "kelvin", "displayName": "K (Kelvin sign)", "nickName": "ſ",
         "title": "𐐀 deseret"})json",
     "2012-01-01T00:00:00.001Z", "2010-06-15T10:00:00-07:00"},
    {"c09", R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "minimal"})json",
     "2013-01-01T00:00:00Z", "2013-01-01T00:00:00Z"},
    {"c10",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "Percent%User_1", "displayName": "100% _under_", "title": "a%b",
         "externalId": "X'); DROP TABLE resources; --"})json",
     "2014-01-01T00:00:00Z", "2014-01-01T00:00:00Z"},
    {"c11",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "date.precision", "active": false,
         "urn:example:params:scim:schemas:extension:profile:2.0:User": {
             "birthday": "2000-01-01T00:00:00.1Z", "verified": false,
             "devices": [{"value": "d-1", "kind": "watch", "lastSeen": "2024-03-05T07:00:00.999+01:00"},
                         {"value": "d-2", "kind": "Watch", "lastSeen": "2024-03-05T06:00:00.5Z", "primary": true}]}})json",
     "2015-01-01T00:00:00Z", "2015-01-01T00:00:00Z"},
    {"c12",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "numbers", "displayName": "Numbers", "active": true,
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
             "department": "Sales", "costCenter": "9", "organization": "ACME",
             "manager": {"value": "c01", "displayName": "Jörg"}},
         "urn:example:params:scim:schemas:extension:profile:2.0:User": {
             "level": 9007199254740993, "serial": -5, "score": -0.5, "verified": true, "avatar": "QUJD",
             "homepage": "HTTPS://example.com/X",
             "devices": [{"value": "tab-1", "kind": "Tablet", "lastSeen": "2024-03-05T06:00:00Z", "primary": true},
                         {"value": "phone-9", "kind": "phone"}],
             "contact": {"phone": "999"}, "tags": ["gold", "Gold"], "nicknames": ["Nummer"]}})json",
     "2016-01-01T00:00:00Z", "2016-01-01T00:00:00Z"},
    {"c13",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "ZZ top", "displayName": "zz top",
         "emails": [{"value": "zz@example.com", "type": "work"},
                    {"value": "ZZ2@example.com", "type": "work", "primary": true}],
         "roles": [{"value": "Admin"}], "entitlements": [{"value": "sandbox", "primary": true}],
         "addresses": [{"locality": "München", "country": "DE", "type": "work"}],
         "x509Certificates": [{"value": "TUlJRA=="}], "ims": [{"value": "zz", "type": "xmpp"}]})json",
     "2017-01-01T00:00:00Z", "2017-01-01T00:00:00Z"},
    {"c14",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "under_score", "externalId": "under_score", "nickName": "_", "title": "_"})json",
     "2018-01-01T00:00:00Z", "2018-01-01T00:00:00Z"},
    {"c15",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "o'brien", "displayName": "Conor O'Brien", "title": "Tour Guide",
         "emails": [{"value": "conor@example.com", "display": "Conor", "type": "work"}]})json",
     "2019-01-01T00:00:00Z", "2019-01-01T00:00:00Z"},
    {"c16",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
         "userName": "empty.values", "displayName": "😀 smile", "emails": [],
         "name": {"givenName": "", "familyName": "Smile"},
         "urn:example:params:scim:schemas:extension:profile:2.0:User": {"tags": [], "nicknames": ["", "x"]}})json",
     "2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z"},
};

struct GroupInput {
    const char* id;
    const char* json;    // without members
    const char* members; // a JSON array of member elements, as the directory keeps them
    const char* created;
};

const GroupInput GroupInputs[] = {
    {"h01", R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Ärzte"})json",
     R"json([{"value": "c01", "type": "User", "display": "Jörg Straße"},
         {"value": "c02", "type": "User", "display": "strasse"},
         {"value": "h02", "type": "Group", "$ref": "https://example.com/v2/Groups/h02"}])json",
     "2021-01-01T00:00:00Z"},
    {"h02", R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "ärzte"})json",
     R"json([{"value": "c03", "type": "User", "display": "İstanbul"}])json", "2021-01-01T00:00:00.001Z"},
    {"h03",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Nested"})json",
     R"json([{"value": "h01", "type": "Group"}, {"value": "h02", "type": "Group"}, {"value": "g1", "type": "Group"}])json",
     "2021-06-01T00:00:00+02:00"},
    {"h04",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Empty", "externalId": "EXT-4"})json",
     "[]", "2022-01-01T00:00:00Z"},
    {"h05", R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "case"})json",
     R"json([{"value": "ABC-Upper", "type": "User", "display": "Upper"}, {"value": "c05", "type": "User"}])json",
     "2022-06-01T00:00:00Z"},
    {"h06",
     R"json({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "😀 party"})json",
     R"json([{"value": "u3", "type": "User", "display": "alice wong"},
         {"value": "u5", "type": "User", "display": "Bob"},
         {"value": "c12", "type": "User", "display": "Σίσυφος"}])json",
     "2023-01-01T00:00:00Z"},
};

QJsonObject withMeta(QJsonObject json, const QString& id, const QString& type, const QString& created,
                     const QString& lastModified)
{
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("resourceType"), type},
                                                    {QStringLiteral("created"), created},
                                                    {QStringLiteral("lastModified"), lastModified},
                                                    {QStringLiteral("version"), QStringLiteral("W/\"1\"")}});
    return json;
}

} // namespace

std::shared_ptr<SchemaRegistry> registry()
{
    auto registry = SchemaRegistry::builtIn();
    const Status loaded = registry->loadDirectory(QueryData + QStringLiteral("/schemas"));
    if (!loaded) {
        qWarning("fixture schemas: %s", qPrintable(loaded.error().detail));
        return nullptr;
    }
    return registry;
}

Resources resources(const SchemaRegistry& registry)
{
    Resources result;
    result.users = jsonArrayFile(QueryData + QStringLiteral("/users.json"));
    result.groups = jsonArrayFile(QueryData + QStringLiteral("/groups.json"));
    if (result.users.size() != 5 || result.groups.size() != 3) {
        qWarning("fixture: the query suites' users.json and groups.json did not load");
        return {};
    }

    const ResourceCanonicalizer users(registry, *registry.resourceType(u"User"));
    for (const Input& input : UserInputs) {
        const auto canonical = users.canonicalize(parse(input.json));
        if (!canonical) {
            qWarning("fixture user %s: %s", input.id, qPrintable(canonical.error().detail));
            return {};
        }
        result.users.append(withMeta(*canonical, QString::fromUtf8(input.id), QStringLiteral("User"),
                                     QString::fromUtf8(input.created),
                                     QString::fromUtf8(input.lastModified)));
    }

    const ResourceCanonicalizer groups(registry, *registry.resourceType(u"Group"));
    for (const GroupInput& input : GroupInputs) {
        const auto canonical = groups.canonicalize(parse(input.json));
        if (!canonical) {
            qWarning("fixture group %s: %s", input.id, qPrintable(canonical.error().detail));
            return {};
        }
        QJsonObject group = withMeta(*canonical, QString::fromUtf8(input.id), QStringLiteral("Group"),
                                     QString::fromUtf8(input.created), QString::fromUtf8(input.created));
        const QJsonArray members = QJsonDocument::fromJson(QByteArray(input.members)).array();
        if (!members.isEmpty())
            group.insert(QStringLiteral("members"), members);
        result.groups.append(group);
    }

    // The other tenant: the same ids, other values and other members, which must never leak into the
    // default tenant's results.
    QJsonObject otherUser = result.users.first();
    otherUser.insert(QStringLiteral("userName"), QStringLiteral("other-bjensen"));
    result.otherUsers = {otherUser};
    QJsonObject otherGroup = result.groups.first();
    otherGroup.insert(QStringLiteral("members"),
                      QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("u4")},
                                             {QStringLiteral("type"), QStringLiteral("User")},
                                             {QStringLiteral("display"), QStringLiteral("zed")}}});
    result.otherGroups = {otherGroup};
    return result;
}

QList<FilterCase> userFilters()
{
    const Expect None = Expect::None;
    const Expect All = Expect::All;
    return {
        // The rows of the CompiledFilter suite
        {R"(userName eq "bjensen")"},
        {R"(userName eq "BJENSEN")"},
        {R"(userName eq "alice.wong")"},
        {R"(userName ne "bjensen")"},
        {R"(userName co "O")"},
        {R"(userName sw "J")"},
        {R"(userName ew "SEN")"},
        {R"(userName gt "bob")"},
        {R"(userName le "bob")"},
        {R"(userName lt "B")"},
        {R"(userName ge "ZED")"},
        {R"(USERNAME Eq "bob")"},
        {R"(externalId eq "aw-3")", None},
        {R"(externalId eq "AW-3")"},
        {R"(externalId co "ext")"},
        {R"(externalId sw "B")", None},
        {R"(externalId sw "b")"},
        {R"(externalId gt "Z")"},
        {R"(id eq "U1")", None},
        {R"(id eq "u1")"},
        {R"(urn:example:params:scim:schemas:extension:profile:2.0:User:nicknames eq "bj")"},
        {R"(nicknames eq "JOHNNY")"},
        {R"(tags eq "gold")"},
        {R"(tags eq "Gold")"},
        {R"(tags sw "G")"},
        {R"(tags pr)"},
        {R"(not (tags pr))"},
        {R"(tags ne "gold")"},
        {R"(active eq true)"},
        {R"(active eq false)"},
        {R"(active ne true)"},
        {R"(active eq "True")"},
        {R"(active pr)"},
        {R"(verified eq false)"},
        {R"(level eq 3)"},
        {R"(level gt 3)"},
        {R"(level ge 3)"},
        {R"(level lt 0)"},
        {R"(level le -2)"},
        {R"(level ne 3)"},
        {R"(level gt 2.5)"},
        {R"(level eq 3.0)"},
        {R"(serial eq 9007199254740993)"},
        {R"(serial gt 9007199254740992)"},
        {R"(serial eq 9007199254740992)"},
        {R"(score gt 4)"},
        {R"(score eq 7)"},
        {R"(score lt 1)"},
        {R"(score le 3.25)"},
        {R"(score ge 4.5)"},
        {R"(score eq 4.50)"},
        {R"(meta.lastModified gt "2011-05-13T04:42:34Z")"},
        {R"(meta.lastModified ge "2011-05-13T04:42:34Z")"},
        {R"(meta.lastModified eq "2011-05-13T06:42:34+02:00")"},
        {R"(meta.lastModified lt "2011-05-13T00:00:00-05:00")"},
        {R"(meta.lastModified gt "2011-05-13T04:42:34.001Z")"},
        {R"(meta.lastModified lt "2011-05-13T04:42:34.001Z")"},
        {R"(meta.lastModified gt "2012-07-01T11:00:00+02:00")"},
        {R"(meta.lastModified lt "2012-07-01T12:00:00+02:00")"},
        {R"(meta.created lt "2011-01-01")"},
        {R"(birthday eq "1985-04-12T23:20:50.520Z")"},
        {R"(birthday eq "1985-04-13T00:20:50.52+01:00")"},
        {R"(birthday gt "1990-12-31T23:30:00Z")"},
        {R"(birthday le "1991-01-01T01:30:00Z")"},
        {R"(devices.lastSeen gt "2024-03-05T07:00:00+01:00")"},
        {R"(devices.lastSeen ge "2024-03-05T07:00:00+01:00")"},
        {R"(avatar eq "QUJDRA==")"},
        {R"(avatar ne "QUJDRA==")"},
        {R"(x509Certificates.value eq "MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw")"},
        {R"(x509Certificates pr)"},
        {"profileUrl eq \"HTTPS://LOGIN.EXAMPLE.COM/BJENSEN\""},
        {"homepage eq \"https://example.com/babs\"", None},
        {"homepage sw \"https://Example.com\""},
        {R"(homepage co "example.com")"},
        {R"(photos.value co "profilephoto")"},
        {R"(emails co "example.com")"},
        {R"(emails eq "BOB@example.com")"},
        {R"(emails.value ew "@example.com")"},
        {R"(emails.type eq "home")"},
        {R"(emails.type eq "work")"},
        {R"(emails.primary eq true)"},
        {R"(emails pr)"},
        {R"(not (emails pr))"},
        {R"(roles eq "guide")"},
        {R"(devices pr)"},
        {R"(devices.value eq "LAPTOP-1")", None},
        {R"(devices.kind eq "phone" and devices.lastSeen lt "2024-01-01T00:00:00Z")"},
        {R"(emails.type eq "work" and emails.value co "jensen.org")"},
        {R"(emails[type eq "work" and value co "jensen.org"])", None},
        {R"(emails[type eq "home" and value co "jensen"])"},
        {R"(emails.type eq "home" and emails.primary eq true)"},
        {R"(emails[type eq "home" and primary eq true])"},
        {R"(emails[not (type eq "work")])"},
        {R"(emails[primary pr])"},
        {R"(emails[value eq "alice@example.com"] or emails[value eq "bob@example.com"])"},
        {R"(phoneNumbers[type eq "mobile"])"},
        {R"(devices[kind eq "phone" and lastSeen gt "2024-01-01T00:00:00Z"])"},
        {R"(urn:example:params:scim:schemas:extension:profile:2.0:User:devices[primary eq true])"},
        {R"(not (emails[type eq "work"]))"},
        {R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "sales")"},
        {R"(URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:Department eq "SALES")"},
        {R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "u2")"},
        {R"(manager eq "U1")"},
        {R"(department sw "Tour")"},
        {R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr)"},
        {R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber pr)"},
        {R"(urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bob")"},
        {R"(title pr)"},
        {R"(title eq null)"},
        {R"(title ne null)"},
        {R"(title ne "Tour Guide")"},
        {R"(title gt "A")"},
        {R"(displayName pr)"},
        {R"(name.givenName pr)"},
        {R"(name pr)"},
        {R"(name.familyName eq "jensen")"},
        {R"(userName eq "bob" or userName eq "zed" and active eq true)"},
        {R"(userName eq "zed" or userName eq "bob" and active eq false)"},
        {R"((userName eq "bob" or userName eq "zed") and active eq true)"},
        {R"((userName eq "bob" or userName eq "zed") and not (active eq true))"},
        {R"(not (userType eq "Employee") and active eq true)"},
        {R"(userType eq "employee" and (level gt 5 or department eq "tour operations"))"},
        {R"(not (not (id eq "u4")))"},
        {R"(id eq "u1" or id eq "u2" or id eq "u3" or id eq "nobody")"},
        {R"(schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")"},
        {R"(schemas eq "URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER")"},
        {R"(not (schemas co "profile"))"},
        {R"(meta.resourceType eq "User")", All},
        {"meta.version eq \"W/\\\"3\\\"\""},
        {R"(id pr)", All},

        // Case folding beyond ASCII, where lower() and QString::toCaseFolded() part ways
        {R"(userName eq "strasse")"},
        {R"(userName eq "STRAßE")"},
        {R"(userName eq "Strasse" or userName eq "straße")"},
        {R"(userName eq "ıstanbul")", None},
        {R"(userName eq "İSTANBUL")"},
        {R"(userName eq "istanbul")"},
        {R"(userName sw "İ")"},
        {R"(userName co "STAN")"},
        {R"(displayName eq "ISTANBUL")"},
        {R"(nickName eq "i̇stanbul")", None},
        {R"(userName eq "σίσυφος")"},
        {R"(userName eq "ΣΊΣΥΦΟΣ")"},
        {R"(userName ew "ΟΣ")"},
        {R"(displayName eq "ΣΊΣΥΦΟς")"},
        {R"(displayName sw "k (kelvin")"},
        {R"(nickName eq "S")"},
        {R"(nickName eq "σ")"},
        {R"(title co "𐐨")"},
        {R"(title sw "𐐀 DESERET")"},
        {R"(name.familyName eq "straße")"},
        {R"(name.familyName eq "STRASSE")"},
        {R"(name.givenName eq "JÖRG")"},
        {R"(emails.value eq "joerg@example.com")"},
        {R"(emails.value co "STRASSE")"},
        {R"(emails.value co "STRAßE.DE")"},
        {R"(emails[type eq "WORK" and value ew ".COM"])"},
        {R"(emails[type eq "work" and primary eq false])", None},
        {R"(emails[type eq "home" and primary eq false])"},
        {R"(addresses.locality eq "MÜNCHEN")"},
        {R"(department eq "FORSCHUNG")"},
        {R"(tags eq "ß")"},
        {R"(tags eq "SS")", None},
        {R"(nicknames eq "JÖ")"},
        // UTF-16 order: U+FF21 and U+E000 come after characters beyond U+FFFF, as in QString::compare
        {R"(displayName gt "😀")"},
        {R"(displayName lt "😀")"},
        {R"(displayName ge "ａ")"},
        {R"(displayName lt "ａ")"},
        {R"(title gt "𐐀")"},
        {R"(title lt "")", None},
        {R"(nickName gt "𐐀")"},
        {R"(userName gt "emoji")"},
        // Substrings: LIKE and quote characters are plain characters
        {R"(title co "%")"},
        {R"(displayName co "_")"},
        {R"(userName sw "percent%")"},
        {R"(userName ew "_1")"},
        {R"(userName co "%U")"},
        {R"(title ew "%b")"},
        {R"(title eq "_")"},
        {R"(nickName sw "_")"},
        {R"(userName co "'")"},
        {R"(displayName ew "O'Brien")"},
        {R"(externalId eq "X'); DROP TABLE resources; --")"},
        {R"(externalId co "drop table")", None},
        {R"(title co "")"},
        {R"(title sw "")"},
        {R"(title ew "")"},
        {R"(title eq "")"},
        {R"(displayName eq "😀 smile")"},
        {R"(userName co "😀")"},
        // Numbers beyond 2^53, negative, decimal against integer
        {R"(level eq 9007199254740993)"},
        {R"(level gt 9007199254740992)"},
        {R"(level lt 9007199254740993)"},
        {R"(level ge 7)"},
        {R"(serial lt 0)"},
        {R"(score lt 0)"},
        {R"(score eq -0.5)"},
        {R"(score gt -1 and score lt 3)"},
        {R"(level eq 7.0)"},
        {R"(level gt 1e300)", None},
        {R"(level lt 1e300)"},
        // DateTimes of any precision and offset, compared as instants to the millisecond
        {R"(meta.created eq "2011-05-13T04:42:34Z")"},
        {R"(meta.created eq "2011-05-13T04:42:34.000Z")"},
        {R"(meta.created eq "2011-05-13T06:42:34.0005+02:00")"},
        {R"(meta.created gt "2011-05-13T04:42:34.998Z" and meta.created lt "2011-05-13T04:42:35Z")"},
        {R"(meta.created ge "2011-05-13T04:42:34.9999Z")"},
        {R"(meta.created eq "2011-05-13T04:42:34.999Z")"},
        {R"(meta.created eq "2011-05-13")"},
        {R"(meta.created eq "2011-05-13T00:00Z")"},
        {R"(meta.created eq "2011-05-13T02:00:00+0200")"},
        {R"(meta.created lt "2011-05-13T04:42:34.001z")"},
        {R"(meta.created gt "2012-01-01T00:00:00Z" and meta.created lt "2012-01-01T00:00:00.002Z")"},
        {R"(meta.lastModified gt "2024-01-01T00:00:00.4Z")"},
        {R"(meta.lastModified eq "2024-01-01T00:00:00.123Z")"},
        {R"(meta.lastModified eq "2020-02-29T12:00:00.100Z")"},
        {R"(meta.lastModified eq "2020-02-29T12:00:00.12Z")"},
        {R"(meta.lastModified eq "2010-06-15T17:00:00Z")"},
        {R"(meta.lastModified le "2023-12-31T23:59:59.999Z")"},
        {R"(birthday eq "2000-01-01T00:00:00.100Z")"},
        {R"(birthday lt "1970-01-01T00:00:00.001Z")"},
        {R"(devices.lastSeen eq "2024-03-05T06:00:00Z")"},
        {R"(devices[lastSeen eq "2024-03-05T06:00:00.999Z" and kind eq "WATCH"])"},
        {R"(devices[primary eq true and lastSeen lt "2024-03-05T06:00:01Z"])"},
        // Booleans, missing values, presence of nested and empty values
        {R"(active ne false)"},
        {R"(not (active eq false) and not (active eq true))"},
        {R"(verified eq true)"},
        {R"(verified ne true)"},
        {R"(emails.primary eq false)"},
        {R"(phoneNumbers.value pr)"},
        {R"(phoneNumbers pr)"},
        {R"(phoneNumbers[value pr])"},
        {R"(phoneNumbers[not (value pr)])"},
        {R"(name.givenName eq null)"},
        {R"(nicknames pr)"},
        {R"(nicknames eq null)"},
        {R"(nicknames eq "")"},
        {R"(manager pr)"},
        {R"(manager.displayName pr)"},
        {R"(manager.value eq "C01")"},
        {R"(contact pr)"},
        {R"(contact.phone eq "999")"},
        {R"(devices.token pr)"},
        {R"(devices.primary eq true)"},
        {R"(urn:example:params:scim:schemas:extension:profile:2.0:User pr)"},
        {R"(not (urn:example:params:scim:schemas:extension:profile:2.0:User pr))"},
        {R"(entitlements[primary eq true and value eq "SANDBOX"])"},
        {R"(ims.type eq "xmpp")"},
        {R"(emails.display eq "conor")"},
        {R"(roles co "adm")"},
        {R"(x509Certificates eq "TUlJRA==")"},
        {R"(x509Certificates eq "tUlJRA==")", None},
        {R"(groups pr)", None},
        {R"(externalId eq "under_score" and userName eq "UNDER_SCORE")"},
        {R"(not (userName pr))", None},
        {R"((title pr or nickName pr) and not (displayName pr))"},
        {R"(emails[type eq "work"] and not (emails[type eq "home"]))"},
        {R"(not (emails.value ew ".com" or emails.value ew ".org"))"},
    };
}

QList<FilterCase> groupFilters()
{
    const Expect None = Expect::None;
    return {
        {R"(displayName eq "tour guides")"},
        {R"(members.value eq "u1")"},
        {R"(members eq "u2")"},
        {R"(members[type eq "Group"])"},
        {R"(members pr)"},
        {R"(not (members pr))"},
        {R"(members[display co "babs"])"},
        {R"(members[value eq "u2" and display sw "John"])"},
        {R"(meta.created ge "2012-01-01T01:00:00+01:00")"},
        {R"(members.value eq "c01")"},
        {R"(members.value eq "C01")"},
        {R"(members eq "abc-upper")"},
        {R"(members.value eq "ABC-UPPER")"},
        {R"(members.value ne "c01")"},
        {R"(members.value eq "u4")", None},
        {R"(members.type eq "group")"},
        {R"(members.type ne "User")"},
        {R"(members[type eq "Group" and value sw "h"])"},
        {R"(members[not (type eq "User")])"},
        {R"(members[type eq "User" and not (display pr)])"},
        {R"(members.display co "straße")"},
        {R"(members.display eq "JÖRG STRAßE")"},
        {R"(members.display eq "σίσυφοσ")"},
        {R"(members.display pr)"},
        {R"(members.$ref pr)"},
        {R"(not (members.$ref pr))"},
        {R"(members.value pr)"},
        {R"(members eq null)"},
        {R"(members.value co "-")"},
        {R"(members.value sw "C")"},
        {R"(members.value gt "h")"},
        {R"(members.value lt "D")"},
        {R"(members[value eq "u1"] or displayName eq "Empty")"},
        {R"(members.value eq "g1" and members.type eq "Group")"},
        {R"(not (members[type eq "User"]))"},
        {R"(members[value eq "h01"] and members[value eq "h02"])"},
        {R"(members[value eq "h01" and value eq "h02"])", None},
        {R"(displayName eq "ÄRZTE")"},
        {R"(displayName gt "z")"},
        {R"(displayName lt "a")", None},
        {R"(externalId eq "EXT-4")"},
        {R"(externalId pr)"},
        {R"(meta.created gt "2021-01-01T00:00:00Z")"},
        {R"(meta.created eq "2021-05-31T22:00:00Z")"},
        {R"(id eq "h01" or id eq "g2")"},
        {R"(members pr and not (members[type eq "Group"]))"},
    };
}

QList<SortCase> sorts()
{
    return {
        {"User", "userName"},
        {"User", "userName", true},
        {"User", "displayName"},
        {"User", "displayName", true},
        {"User", "nickName"},
        {"User", "title"},
        {"User", "title", true},
        {"User", "name.familyName"},
        {"User", "name.givenName", true},
        {"User", "emails"},
        {"User", "emails", true},
        {"User", "emails.type"},
        {"User", "emails.primary"},
        {"User", "phoneNumbers"},
        {"User", "tags"},
        {"User", "tags", true},
        {"User", "nicknames"},
        {"User", "externalId"},
        {"User", "id", true},
        {"User", "meta.lastModified"},
        {"User", "meta.lastModified", true},
        {"User", "birthday"},
        {"User", "level"},
        {"User", "level", true},
        {"User", "score"},
        {"User", "serial"},
        {"User", "active"},
        {"User", "active", true},
        {"User", "verified"},
        {"User", "avatar"},
        {"User", "homepage"},
        {"User", "department"},
        {"User", "manager", true},
        {"User", "devices"},
        {"User", "devices.lastSeen"},
        {"User", "devices.kind", true},
        {"User", "x509Certificates"},
        {"User", "roles"},
        {"User", "addresses.locality"},
        {"User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName"},
        {"User", "schemas"},
        {"Group", "displayName"},
        {"Group", "displayName", true},
        {"Group", "members"},
        {"Group", "members", true},
        {"Group", "members.display"},
        {"Group", "members.type", true},
        {"Group", "externalId"},
        {"Group", "meta.created"},
    };
}

QList<InvalidCase> invalidFilters()
{
    return {
        {"User", R"(nosuch eq "x")"},
        {"User", R"(name.nosuch eq "x")"},
        {"User", R"(urn:example:unknown:2.0:User:userName eq "x")"},
        {"Group", R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "x")"},
        {"Group", R"(members.nosuch pr)"},
        {"User", R"(active gt true)"},
        {"User", R"(active le false)"},
        {"User", R"(x509Certificates.value lt "abc")"},
        {"User", R"(avatar co "QU")"},
        {"User", R"(active co "t")"},
        {"User", R"(meta.created sw "2011")"},
        {"User", R"(level ew "3")"},
        {"User", R"(active eq "yes")"},
        {"User", R"(active eq 1)"},
        {"User", R"(userName eq 42)"},
        {"User", R"(emails.value co 5)"},
        {"User", R"(level eq "3")"},
        {"User", R"(score ge true)"},
        {"User", R"(meta.lastModified gt "yesterday")"},
        {"User", R"(meta.lastModified gt "2011-02-30T00:00:00Z")"},
        {"User", R"(meta.lastModified gt "2011-05-13T24:00:00Z")"},
        {"User", R"(birthday eq 1985)"},
        {"User", R"(userName gt null)"},
        {"User", R"(password eq "secret")"},
        {"User", R"(password pr)"},
        {"User", R"(pin pr)"},
        {"User", R"(contact.pinHash eq "x")"},
        {"User", R"(userName[value eq "x"])"},
        {"User", R"(name[givenName eq "x"])"},
        {"User", R"(emails[nosuch eq "x"])"},
        {"User", R"(emails[type eq "work" and password eq "x"])"},
        {"User", R"(emails[urn:ietf:params:scim:schemas:core:2.0:User:userName eq "x"])"},
        {"User", R"(name eq "Barbara")"},
        {"User", R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User eq "x")"},
        {"Group", R"(members[value eq "x"] and members.value[type eq "User"])"},
    };
}

QList<InvalidCase> invalidSorts()
{
    return {
        {"User", "nosuch"},
        {"User", "name.nosuch"},
        {"User", "password"},
        {"User", "pin"},
        {"User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"},
        {"User", "urn:example:unknown:2.0:User:userName"},
        {"Group", "department"},
    };
}

} // namespace muster::sqlqueryfixture
