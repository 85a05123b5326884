#pragma once

#include "UserLedger.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QRandomGenerator;

namespace muster::test {

// Writes users through SCIM as fast as a number of connections allow: POSTs of new users, PATCHes and
// DELETEs of users acknowledged before, every answer entered in a UserLedger. Each connection has its
// own QNetworkAccessManager (one manager opens at most six connections to a host) and one request in
// flight at a time. After stop() nothing more is sent; idle() comes once no request is in flight.
class ScimWriteLoad final : public QObject {
    Q_OBJECT

public:
    ScimWriteLoad(UserLedger& ledger, QRandomGenerator& random, int round, QObject* parent = nullptr);
    ~ScimWriteLoad() override;
    Q_DISABLE_COPY_MOVE(ScimWriteLoad)

    void start(quint16 port, const QByteArray& token, int connections);
    void stop();
    bool isIdle() const { return m_inFlight == 0; }

    int sent() const { return m_sent; }
    int acknowledged() const { return m_acknowledged; }
    // Answers that no correct server gives here (an error status, a 2xx without an id or ETag), and
    // transport errors while the server was meant to be up.
    const QStringList& unexpected() const { return m_unexpected; }

signals:
    void idle();

private:
    struct Pending {
        int entry = -1;
        UserLedger::State change = UserLedger::State::Creating;
    };

    void sendNext(QNetworkAccessManager* connection);
    void finished(QNetworkAccessManager* connection, QNetworkReply* reply, Pending pending);
    QNetworkReply* send(QNetworkAccessManager* connection, const QByteArray& method, const QString& path,
                        const QByteArray& body);

    UserLedger& m_ledger;
    QRandomGenerator& m_random;
    int m_round;
    quint16 m_port = 0;
    QByteArray m_token;
    QList<QNetworkAccessManager*> m_connections;
    bool m_stopping = false;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_acknowledged = 0;
    int m_created = 0;
    QStringList m_unexpected;
};

} // namespace muster::test
