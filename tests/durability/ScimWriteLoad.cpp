#include "ScimWriteLoad.h"

#include "resource/Resource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace muster::test {

namespace {

QByteArray newUser(const QString& userName, int serial)
{
    const QJsonObject user{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("displayName"), QStringLiteral("Crash Test %1").arg(serial)},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Crash")},
                     {QStringLiteral("familyName"), QStringLiteral("Test %1").arg(serial)}}},
        {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), userName},
                                                          {QStringLiteral("type"), QStringLiteral("work")},
                                                          {QStringLiteral("primary"), true}}}},
        {QStringLiteral("active"), true},
    };
    return QJsonDocument(user).toJson(QJsonDocument::Compact);
}

// A replace of the title with a value never used before, so that every PATCH changes the user.
QByteArray titleChange(int serial, quint64 version)
{
    const QJsonObject patch{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
        {QStringLiteral("Operations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("op"), QStringLiteral("replace")},
             {QStringLiteral("path"), QStringLiteral("title")},
             {QStringLiteral("value"), QStringLiteral("Title %1 after %2").arg(serial).arg(version)}}}},
    };
    return QJsonDocument(patch).toJson(QJsonDocument::Compact);
}

} // namespace

ScimWriteLoad::ScimWriteLoad(UserLedger& ledger, QRandomGenerator& random, int round, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_random(random)
    , m_round(round)
{}

ScimWriteLoad::~ScimWriteLoad() = default;

void ScimWriteLoad::start(quint16 port, const QByteArray& token, int connections)
{
    m_port = port;
    m_token = token;
    for (int i = 0; i < connections; ++i) {
        auto* connection = new QNetworkAccessManager(this);
        m_connections.append(connection);
        sendNext(connection);
    }
}

void ScimWriteLoad::stop()
{
    m_stopping = true;
    if (m_inFlight == 0)
        emit idle();
}

QNetworkReply* ScimWriteLoad::send(QNetworkAccessManager* connection, const QByteArray& method,
                                   const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/scim/v2").arg(m_port) + path));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/scim+json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    ++m_sent;
    ++m_inFlight;
    return connection->sendCustomRequest(request, method, body);
}

void ScimWriteLoad::sendNext(QNetworkAccessManager* connection)
{
    if (m_stopping)
        return;
    // Mostly creates, so that the directory grows; some changes of users acknowledged before.
    const quint32 dice = m_random.bounded(10);
    Pending pending;
    QNetworkReply* reply = nullptr;
    if (dice < 3) {
        pending.change = dice == 0 ? UserLedger::State::Deleting : UserLedger::State::Patching;
        if (const auto index = m_ledger.beginChange(m_random, pending.change)) {
            pending.entry = *index;
            const UserLedger::Entry& entry = m_ledger.entry(*index);
            const QString path = QStringLiteral("/Users/") + entry.id;
            reply = pending.change == UserLedger::State::Deleting
                        ? send(connection, "DELETE", path, {})
                        : send(connection, "PATCH", path, titleChange(m_sent, entry.version));
        }
    }
    if (!reply) {
        const int serial = ++m_created;
        const QString userName = QStringLiteral("r%1-n%2-%3@crash.example")
                                     .arg(m_round)
                                     .arg(serial)
                                     .arg(m_random.generate(), 8, 16, QLatin1Char('0'));
        pending = Pending{m_ledger.beginCreate(userName), UserLedger::State::Creating};
        reply = send(connection, "POST", QStringLiteral("/Users"), newUser(userName, serial));
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, connection, reply, pending] { finished(connection, reply, pending); });
}

void ScimWriteLoad::finished(QNetworkAccessManager* connection, QNetworkReply* reply, Pending pending)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const UserLedger::Entry& entry = m_ledger.entry(pending.entry);
    const QString what = QStringLiteral("%1 of %2")
                             .arg(pending.change == UserLedger::State::Creating   ? QStringLiteral("POST")
                                  : pending.change == UserLedger::State::Patching ? QStringLiteral("PATCH")
                                                                                  : QStringLiteral("DELETE"),
                                  entry.userName);

    const bool unanswered =
        reply->error() != QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300));
    if (unanswered) {
        // No complete answer: the write stays in flight in the ledger, to be settled after the restart.
        if (!m_stopping)
            m_unexpected.append(
                QStringLiteral("%1: %2 while the server was up").arg(what, reply->errorString()));
    } else if (status < 200 || status >= 300) {
        m_ledger.refuse(pending.entry);
        m_unexpected.append(QStringLiteral("%1 answered %2: %3")
                                .arg(what)
                                .arg(status)
                                .arg(QString::fromUtf8(body.left(300))));
    } else if (pending.change == UserLedger::State::Deleting) {
        ++m_acknowledged;
        m_ledger.acknowledge(pending.entry, UserLedger::State::Deleted, entry.id, entry.version, m_round);
    } else {
        const QString id = pending.change == UserLedger::State::Creating
                               ? QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString()
                               : entry.id;
        const auto version = Resource::versionFromEtag(QString::fromLatin1(reply->rawHeader("ETag")));
        // A PATCH answers 204 with the ETag unless the client asks for attributes (RFC 7644 §3.5.2).
        const bool expectedStatus =
            pending.change == UserLedger::State::Creating ? status == 201 : status == 200 || status == 204;
        if (!expectedStatus || id.isEmpty() || !version) {
            // Acknowledged, but without what the ledger needs: the write counts as in flight.
            m_unexpected.append(QStringLiteral("%1 answered %2 with id \"%3\" and ETag \"%4\"")
                                    .arg(what)
                                    .arg(status)
                                    .arg(id, QString::fromLatin1(reply->rawHeader("ETag"))));
        } else {
            ++m_acknowledged;
            m_ledger.acknowledge(pending.entry, UserLedger::State::Live, id, *version, m_round);
        }
    }

    if (m_stopping) {
        if (m_inFlight == 0)
            emit idle();
    } else if (!unanswered) {
        // A connection that lost its answer while the server was meant to be up stops: the failure is
        // reported, and its next requests would only fail the same way.
        sendNext(connection);
    }
}

} // namespace muster::test
