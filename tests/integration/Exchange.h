#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace muster::test {

// One request of a conversation with muster-server and what its answer must hold; a row of a
// data-driven test is a list of them. Targets, bodies, header values and checks may hold placeholders
// ("{user}") that ScimConversation fills in.
//
// Checks, each on the answer:
//   "a/0/b=<JSON>"      the JSON value at that path ('/'-separated names and indexes) equals <JSON>
//   "a/0/b="            there is no value at that path
//   "a/0/b#N"           the array at that path has N elements
//   "header:name=text"  the header has exactly this value ("header:name=": it is absent)
//   "body~text"         the body contains the text
struct Exchange {
    QByteArray method;
    QString target; // path and query, as a client writes it (spaces and quotes are encoded on the way)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // an empty Authorization value sends none
    // Sent byte for byte on a plain socket (target as written, headers as given plus Host, the token,
    // Content-Length and Connection: close), for what an HTTP client library would not send.
    bool raw = false;
    int status = 200;
    // For an error status: the scimType that the SCIM error body must carry; empty: none.
    QString scimType;
    QStringList checks;
    // Placeholders set from the answer: name -> path of a string whose last '/' segment is the value
    // (an id out of a location).
    QList<QPair<QString, QString>> captures;

    static Exchange make(const QByteArray& method, const QString& target, const QByteArray& body = {});
    static Exchange get(const QString& target) { return make("GET", target); }

    Exchange& header(const QByteArray& name, const QByteArray& value);
    Exchange& sentRaw();
    Exchange& expect(int status, const QStringList& checks = {});
    Exchange& error(int status, const QString& scimType = {}, const QStringList& checks = {});
    Exchange& capture(const QString& name, const QString& path);
};

using Exchanges = QList<Exchange>;

} // namespace muster::test

Q_DECLARE_METATYPE(muster::test::Exchange)
