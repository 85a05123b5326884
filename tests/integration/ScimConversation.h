#pragma once

#include "Exchange.h"
#include "ServerProcess.h"

#include <QHash>
#include <QJsonValue>

namespace muster::test {

// Plays Exchanges against a running muster-server and checks every answer with QTest. Besides each
// exchange's own checks, every answer must be whole, never a 500, an error must be an RFC 7644 §3.12
// body (schemas, status as a string, detail, exactly the expected scimType), a SCIM success must be
// application/scim+json, and a created resource's Location and ETag must match its meta.
//
// Placeholders: the ones define()d, plus {new} (the id of the last resource created) and {etag} (the
// last ETag answered).
class ScimConversation final {
public:
    static inline const QString Base = QStringLiteral("/scim/v2");

    explicit ScimConversation(ServerProcess& server);

    void define(const QString& name, const QByteArray& value);
    QString fill(QString text) const;
    QByteArray fill(QByteArray bytes) const;

    // Sends the exchanges in order, stopping at the first failed check (see QTest::currentTestFailed()).
    void run(const Exchanges& exchanges);
    const ServerProcess::Reply& lastReply() const { return m_last; }

    // Every user and group of the default tenant with its version, sorted: equal before and after a
    // request that must change nothing.
    QByteArray snapshot();
    // Users (userName) and groups (displayName) by id, without versions.
    QByteArray identities();

    // The value at a '/'-separated path of member names and array indexes; Undefined when there is none.
    static QJsonValue at(const QJsonValue& json, const QString& path);

private:
    void exchange(const Exchange& exchange);
    ServerProcess::Reply send(const Exchange& exchange);
    void checkError(const Exchange& exchange);
    void checkSuccess(const Exchange& exchange);
    void check(const QString& check);
    QByteArray listing(const QString& query);

    ServerProcess& m_server;
    QHash<QString, QByteArray> m_values;
    ServerProcess::Reply m_last;
};

} // namespace muster::test
