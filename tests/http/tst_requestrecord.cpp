#include "http/RequestRecord.h"

#include <QJsonDocument>
#include <QTest>

using namespace muster;

class TestRequestRecord : public QObject {
    Q_OBJECT

private slots:
    void redactsHeaders_data();
    void redactsHeaders();
    void redactsPasswords_data();
    void redactsPasswords();
};

void TestRequestRecord::redactsHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("bearer") << QByteArray("authorization") << QByteArray("Bearer abc.def")
                            << QByteArray("Bearer [redacted]");
    QTest::addRow("basic") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNz")
                           << QByteArray("Basic [redacted]");
    QTest::addRow("no scheme") << QByteArray("authorization") << QByteArray("abc")
                               << QByteArray("[redacted]");
    QTest::addRow("proxy") << QByteArray("proxy-authorization") << QByteArray("Bearer x")
                           << QByteArray("Bearer [redacted]");
    QTest::addRow("cookie") << QByteArray("cookie") << QByteArray("session=1") << QByteArray("[redacted]");
    QTest::addRow("other") << QByteArray("x-request-id") << QByteArray("Bearer 1") << QByteArray("Bearer 1");
}

void TestRequestRecord::redactsHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const RequestRecord::Headers headers{{"host", "h"}, {name, value}};
    const RequestRecord::Headers redacted = RequestRecord::redactHeaders(headers);
    QCOMPARE(redacted.size(), 2);
    QCOMPARE(redacted[0].second, QByteArray("h"));
    QCOMPARE(redacted[1].first, name);
    QCOMPARE(redacted[1].second, expected);
}

void TestRequestRecord::redactsPasswords_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("no password") << QByteArray("{\"userName\":\"a\"}") << QByteArray("{\"userName\":\"a\"}");
    QTest::addRow("user") << QByteArray("{\"userName\":\"a\",\"password\":\"s\"}")
                          << QByteArray("{\"password\":\"[redacted]\",\"userName\":\"a\"}");
    QTest::addRow("any case, nested")
        << QByteArray("{\"x\":{\"PassWord\":\"s\"},\"list\":[{\"password\":1}]}")
        << QByteArray("{\"list\":[{\"password\":\"[redacted]\"}],\"x\":{\"PassWord\":\"[redacted]\"}}");
    QTest::addRow("patch with path")
        << QByteArray("{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"s\"}]}")
        << QByteArray(
               "{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"[redacted]\"}]}");
    QTest::addRow("patch with URN path") << QByteArray("{\"Operations\":[{\"op\":\"add\",\"path\":\"urn:ietf:"
                                                       "params:scim:schemas:core:2.0:User:password\","
                                                       "\"value\":\"s\"}]}")
                                         << QByteArray("{\"Operations\":[{\"op\":\"add\",\"path\":\"urn:ietf:"
                                                       "params:scim:schemas:core:2.0:User:password\","
                                                       "\"value\":\"[redacted]\"}]}");
    QTest::addRow("patch of another path keeps its value")
        << QByteArray("{\"Operations\":[{\"op\":\"replace\",\"path\":\"passwordHint\",\"value\":\"v\"}],"
                      "\"password\":0}")
        << QByteArray("{\"Operations\":[{\"op\":\"replace\",\"path\":\"passwordHint\",\"value\":\"v\"}],"
                      "\"password\":\"[redacted]\"}");
    QTest::addRow("not JSON") << QByteArray("{\"password\": \"se\\\"cret\", \"userName\": \"a\"")
                              << QByteArray("{\"password\": \"[redacted]\", \"userName\": \"a\"");
    QTest::addRow("cut short") << QByteArray("{\"userName\":\"a\",\"Password\":\"sec")
                               << QByteArray("{\"userName\":\"a\",\"Password\":\"[redacted]\"");
}

void TestRequestRecord::redactsPasswords()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(RequestRecord::redactBody(body), expected);
}

QTEST_GUILESS_MAIN(TestRequestRecord)
#include "tst_requestrecord.moc"
