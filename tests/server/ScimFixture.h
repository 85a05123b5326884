#pragma once

#include "FakeTokenStore.h"
#include "directory/Directory.h"
#include "scim/ScimService.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace muster {

// A ScimService over a Directory on a MemoryStore (or a SQL store, see Backend), with the default
// tenant and "acme", known tokens, and helpers to call the service as a client would.
class ScimFixture final {
public:
    // Where the directory lives: memory, a SQLite file in a temporary folder, or a scratch database on
    // the PostgreSQL server of the test fixture (tests/postgres), dropped afterwards.
    enum class Backend { Memory, Sqlite, Postgres };

    static inline const QByteArray DefaultToken = QByteArrayLiteral("default-token"); // name "entra"
    static inline const QByteArray AcmeToken = QByteArrayLiteral("acme-token");
    static inline const QByteArray ExpiredToken = QByteArrayLiteral("expired-token");
    static inline const QString Acme = QStringLiteral("acme");
    static inline const QString Base = QStringLiteral("/scim/v2");
    static inline const QString AcmeBase = QStringLiteral("/tenants/acme/scim/v2");

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // `registry` defaults to the built-in one.
    explicit ScimFixture(ScimServiceOptions options = {}, DirectoryOptions directoryOptions = {},
                         bool withTokens = true, std::shared_ptr<const SchemaRegistry> registry = {},
                         Backend backend = Backend::Memory);
    explicit ScimFixture(Backend backend, ScimServiceOptions options = {});
    ~ScimFixture();
    Q_DISABLE_COPY_MOVE(ScimFixture)

    // False when the backend is not available here (no PostgreSQL server): the test skips then.
    bool isReady() const { return m_service != nullptr; }
    // The backends as data rows' names, e.g. for a `backend` column of ScimFixture::Backend.
    static QList<std::pair<const char*, Backend>> backends();

    // The built-in schemas plus the Device resource type of data/schemas (endpoint /Devices).
    static std::shared_ptr<const SchemaRegistry> registryWithDevices();

    ScimService& service() { return *m_service; }
    Directory& directory() { return *m_directory; }
    const std::shared_ptr<Directory>& sharedDirectory() const { return m_directory; }
    FakeTokenStore& tokens() { return *m_tokens; }

    // `target` is a decoded path with an optional "?query"; a Host header "scim.example.test" is sent
    // unless `headers` has one, and "Authorization: Bearer <token>" when `token` is set.
    HttpResponse send(const QByteArray& method, const QString& target, const QByteArray& body = {},
                      const Headers& headers = {}, std::optional<QByteArray> token = DefaultToken);
    HttpResponse send(const QByteArray& method, const QString& target, const QJsonObject& body,
                      const Headers& headers = {}, std::optional<QByteArray> token = DefaultToken);
    // The request send() hands to the service, for calling another service over the same directory.
    static HttpRequest request(const QByteArray& method, const QString& target, const QByteArray& body = {},
                               const Headers& headers = {}, std::optional<QByteArray> token = DefaultToken);

    static QJsonObject json(const HttpResponse& response);
    static QByteArray bytes(const QJsonObject& object);
    // A value inside JSON by a '/'-separated path of member names and array indexes,
    // e.g. "Resources/0/meta/location"; Undefined when there is none.
    static QJsonValue at(const QJsonValue& json, const QString& path);

    QString createUser(const QString& userName, const QJsonObject& extra = {},
                       const QString& tenant = QStringLiteral("default"));
    QString createGroup(const QString& displayName, const QStringList& memberIds = {},
                        const QString& tenant = QStringLiteral("default"));
    // A token for /Me acting for `userId`.
    QByteArray meToken(const QString& userId);

    // Every resource of both tenants and the audit logs' lengths: equal before and after a request
    // that must change nothing.
    QByteArray snapshot() const;

private:
    QTemporaryDir m_sqliteFolder;
    QString m_postgresUrl; // the scratch database, dropped by the destructor
    std::shared_ptr<Directory> m_directory;
    std::shared_ptr<FakeTokenStore> m_tokens;
    std::unique_ptr<ScimService> m_service;
};

} // namespace muster
