#include "ScimFixture.h"

#include "PostgresTestDatabase.h"
#include "schema/SchemaUrns.h"
#include "store/MemoryStore.h"
#include "store/sql/SqlStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace muster {

namespace {

OperationContext fixtureContext(const QString& tenant)
{
    return OperationContext{tenant, QStringLiteral("fixture")};
}

} // namespace

ScimFixture::ScimFixture(ScimServiceOptions options, DirectoryOptions directoryOptions, bool withTokens,
                         std::shared_ptr<const SchemaRegistry> registry, Backend backend)
{
    directoryOptions.passwordStrength = PasswordHasher::Strength::Fast;
    if (!registry)
        registry = SchemaRegistry::builtIn();
    std::shared_ptr<ResourceStore> store;
    if (backend == Backend::Memory) {
        store = std::make_shared<MemoryStore>(registry);
    } else {
        SqlStoreOptions sqlOptions;
        if (backend == Backend::Sqlite) {
            sqlOptions.sqliteFile = m_sqliteFolder.filePath(QStringLiteral("fixture.sqlite"));
        } else {
            m_postgresUrl = PostgresTestDatabase::createScratchDatabase(QStringLiteral("scim_fixture"));
            if (m_postgresUrl.isEmpty())
                return; // no server: isReady() is false
            sqlOptions.dialect = SqlDialect::Postgres;
            sqlOptions.postgresUrl = m_postgresUrl;
        }
        auto opened = SqlStore::open(registry, sqlOptions);
        if (!opened)
            qFatal("fixture: cannot open the store: %s", qPrintable(opened.error().detail));
        store = std::shared_ptr<ResourceStore>(std::move(*opened));
    }
    m_directory = std::make_shared<Directory>(registry, std::move(store), directoryOptions);
    if (!m_directory->createTenant(Acme))
        qFatal("fixture: cannot create tenant");
    m_tokens = std::make_shared<FakeTokenStore>();
    m_tokens->add(DefaultToken, QStringLiteral("entra"), QStringLiteral("default"));
    m_tokens->add(AcmeToken, QStringLiteral("acme-okta"), Acme);
    m_tokens->add(ExpiredToken, QStringLiteral("old"), QStringLiteral("default"), QString(),
                  QDateTime::currentDateTimeUtc().addDays(-1));
    m_service =
        std::make_unique<ScimService>(m_directory, withTokens ? m_tokens : nullptr, std::move(options));
}

ScimFixture::ScimFixture(Backend backend, ScimServiceOptions options)
    : ScimFixture(std::move(options), {}, true, {}, backend)
{}

ScimFixture::~ScimFixture()
{
    // The store's connections close before its database is dropped.
    m_service.reset();
    m_directory.reset();
    if (!m_postgresUrl.isEmpty())
        PostgresTestDatabase::dropScratchDatabase(m_postgresUrl);
}

QList<std::pair<const char*, ScimFixture::Backend>> ScimFixture::backends()
{
    return {{"memory", Backend::Memory}, {"sqlite", Backend::Sqlite}, {"postgres", Backend::Postgres}};
}

HttpResponse ScimFixture::send(const QByteArray& method, const QString& target, const QByteArray& body,
                               const Headers& headers, std::optional<QByteArray> token)
{
    return m_service->handle(request(method, target, body, headers, token));
}

HttpRequest ScimFixture::request(const QByteArray& method, const QString& target, const QByteArray& body,
                                 const Headers& headers, std::optional<QByteArray> token)
{
    HttpRequest request;
    request.method = method;
    const qsizetype question = target.indexOf(u'?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = QUrlQuery(target.mid(question + 1));
    request.headers = headers;
    const bool hasHost = std::any_of(headers.begin(), headers.end(),
                                     [](const auto& header) { return header.first == "host"; });
    if (!hasHost)
        request.headers.append({QByteArrayLiteral("host"), QByteArrayLiteral("scim.example.test")});
    if (token)
        request.headers.append({QByteArrayLiteral("authorization"), QByteArrayLiteral("Bearer ") + *token});
    request.body = body;
    request.peer = QHostAddress::LocalHost;
    return request;
}

HttpResponse ScimFixture::send(const QByteArray& method, const QString& target, const QJsonObject& body,
                               const Headers& headers, std::optional<QByteArray> token)
{
    return send(method, target, bytes(body), headers, token);
}

std::shared_ptr<const SchemaRegistry> ScimFixture::registryWithDevices()
{
    auto registry = SchemaRegistry::builtIn();
    const Status loaded = registry->loadDirectory(QStringLiteral(MUSTER_TEST_DATA_DIR "/schemas"));
    if (!loaded)
        qFatal("fixture: %s", qPrintable(loaded.error().detail));
    return registry;
}

QJsonValue ScimFixture::at(const QJsonValue& json, const QString& path)
{
    QJsonValue current = json;
    for (const QString& step : path.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (current.isArray() && isIndex)
            current = current.toArray().at(index);
        else if (current.isObject())
            current = current.toObject().value(step);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return current;
}

QJsonObject ScimFixture::json(const HttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray ScimFixture::bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString ScimFixture::createUser(const QString& userName, const QJsonObject& extra, const QString& tenant)
{
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::User}},
                     {QStringLiteral("userName"), userName}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    const auto created = m_directory->create(fixtureContext(tenant), QStringLiteral("User"), json);
    if (!created)
        qFatal("fixture: cannot create user: %s", qPrintable(created.error().detail));
    return created->id;
}

QString ScimFixture::createGroup(const QString& displayName, const QStringList& memberIds,
                                 const QString& tenant)
{
    QJsonArray members;
    for (const QString& id : memberIds)
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    QJsonObject json{{QStringLiteral("schemas"), QJsonArray{urns::Group}},
                     {QStringLiteral("displayName"), displayName}};
    if (!members.isEmpty())
        json.insert(QStringLiteral("members"), members);
    const auto created = m_directory->create(fixtureContext(tenant), QStringLiteral("Group"), json);
    if (!created)
        qFatal("fixture: cannot create group: %s", qPrintable(created.error().detail));
    return created->id;
}

QByteArray ScimFixture::meToken(const QString& userId)
{
    const QByteArray secret = QByteArrayLiteral("me-token-") + userId.toUtf8();
    m_tokens->add(secret, QStringLiteral("me-") + userId, QStringLiteral("default"), userId);
    return secret;
}

QByteArray ScimFixture::snapshot() const
{
    QByteArray state;
    for (const QString& tenant : {QStringLiteral("default"), Acme}) {
        for (const QString& type : {QStringLiteral("User"), QStringLiteral("Group")}) {
            Query query;
            query.resourceType = type;
            const auto result = m_directory->query(fixtureContext(tenant), query);
            if (!result)
                qFatal("fixture: cannot query: %s", qPrintable(result.error().detail));
            for (const Resource& resource : result->resources)
                state += bytes(resource.json) + '\n';
        }
        state += QByteArray::number(m_directory->auditLog(fixtureContext(tenant), 0, 100000).size()) + '\n';
    }
    return state;
}

} // namespace muster
