#include "inspector/HarExport.h"
#include "inspector/RequestDetailsText.h"
#include "inspector/RequestFilterModel.h"
#include "inspector/RequestLogModel.h"
#include "inspector/RequestRedactor.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

RequestRecord record(quint64 id, const QByteArray& method, const QString& path, int status,
                     const QByteArray& requestBody = {}, const QByteArray& responseBody = {})
{
    RequestRecord record;
    record.id = id;
    record.time = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC).addMSecs(qint64(id) * 10);
    record.method = method;
    const qsizetype question = path.indexOf(u'?');
    record.path = question < 0 ? path : path.left(question);
    record.query = question < 0 ? QString() : path.mid(question + 1);
    record.peer = QHostAddress(QStringLiteral("::ffff:127.0.0.1"));
    record.requestHeaders = {{"host", "127.0.0.1:8080"},
                             {"user-agent", "Okta SCIM Client 1.0"},
                             {"authorization", "Bearer [redacted]"}};
    if (!requestBody.isEmpty())
        record.requestHeaders.emplaceBack("content-type", "application/scim+json");
    record.requestBody = requestBody;
    record.status = status;
    record.responseHeaders = {{"content-type", "application/scim+json"}};
    record.responseBody = responseBody;
    record.durationNs = 1'500'000;
    return record;
}

QList<quint64> ids(const RequestLogModel& model)
{
    QList<quint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(RequestLogModel::IdRole).toULongLong());
    return result;
}

} // namespace

// The request inspector's parts: the bounded list model, its filter, the extra redaction, the detail
// text and the HAR export.
class TestRequestInspector : public QObject {
    Q_OBJECT

private slots:
    void modelShowsTheColumns()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({record(1, "POST", QStringLiteral("/scim/v2/Users?attributes=userName"), 201)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
        const auto cell = [&](RequestLogModel::Column column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(RequestLogModel::Client), QStringLiteral("127.0.0.1"));
        QCOMPARE(cell(RequestLogModel::UserAgent), QStringLiteral("Okta SCIM Client 1.0"));
        QCOMPARE(cell(RequestLogModel::Method), QStringLiteral("POST"));
        QCOMPARE(cell(RequestLogModel::Path), QStringLiteral("/scim/v2/Users?attributes=userName"));
        QCOMPARE(cell(RequestLogModel::Status), QStringLiteral("201"));
        QCOMPARE(cell(RequestLogModel::Duration), QStringLiteral("1.5 ms"));
        QCOMPARE(cell(RequestLogModel::Time),
                 record(1, "GET", {}, 0).time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
        QCOMPARE(model.index(0, RequestLogModel::Duration).data(RequestLogModel::SortRole).toLongLong(),
                 1'500'000);
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void modelKeepsTheNewest_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches");
        QTest::addColumn<QList<quint64>>("expected");
        QTest::addRow("under the capacity") << 5 << QList<int>{2, 2} << QList<quint64>{1, 2, 3, 4};
        QTest::addRow("one by one over it") << 3 << QList<int>{1, 1, 1, 1, 1} << QList<quint64>{3, 4, 5};
        QTest::addRow("a batch over it") << 3 << QList<int>{2, 4} << QList<quint64>{4, 5, 6};
        QTest::addRow("a batch larger than the capacity") << 2 << QList<int>{1, 5} << QList<quint64>{5, 6};
    }

    void modelKeepsTheNewest()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        QFETCH(QList<quint64>, expected);
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RequestFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(capacity);
        quint64 next = 1;
        for (const int size : batches) {
            QList<RequestRecord> batch;
            for (int i = 0; i < size; ++i, ++next)
                batch.append(record(next, "GET", QStringLiteral("/scim/v2/Users"), 200));
            model.append(batch);
            QVERIFY(model.rowCount() <= capacity);
        }
        QCOMPARE(ids(model), expected);
        QCOMPARE(filter.rowCount(), int(expected.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(filter.rowCount(), 0);
    }

    void modelKeepsToItsByteBudget()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setByteBudget(10'000);
        const QByteArray body(3000, 'x');
        for (quint64 id = 1; id <= 6; ++id)
            model.append({record(id, "POST", QStringLiteral("/x"), 201, body)});
        QCOMPARE(ids(model), (QList<quint64>{4, 5, 6}));
        // The newest record stays even when it alone is over the budget.
        model.append({record(7, "POST", QStringLiteral("/x"), 201, QByteArray(20'000, 'y'))});
        QCOMPARE(ids(model), QList<quint64>{7});
    }

    void filter_data()
    {
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<quint64>>("expected");
        using S = RequestFilterModel::StatusClass;
        QTest::addRow("everything") << int(S::Any) << QString() << QString() << QList<quint64>{1, 2, 3, 4, 5};
        QTest::addRow("2xx") << int(S::Success) << QString() << QString() << QList<quint64>{1, 2};
        QTest::addRow("4xx") << int(S::ClientError) << QString() << QString() << QList<quint64>{3, 4};
        QTest::addRow("5xx") << int(S::ServerError) << QString() << QString() << QList<quint64>{5};
        QTest::addRow("errors") << int(S::AnyError) << QString() << QString() << QList<quint64>{3, 4, 5};
        QTest::addRow("3xx") << int(S::Redirection) << QString() << QString() << QList<quint64>{};
        QTest::addRow("method") << int(S::Any) << QStringLiteral("PATCH") << QString() << QList<quint64>{4};
        QTest::addRow("path, any case")
            << int(S::Any) << QString() << QStringLiteral("groups") << QList<quint64>{2, 4};
        QTest::addRow("query text") << int(S::Any) << QString() << QStringLiteral("filter=")
                                    << QList<quint64>{3};
        QTest::addRow("all three") << int(S::AnyError) << QStringLiteral("PATCH")
                                   << QStringLiteral("/Groups/") << QList<quint64>{4};
    }

    void filter()
    {
        QFETCH(int, statusClass);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QList<quint64>, expected);
        RequestLogModel model;
        RequestFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({record(1, "GET", QStringLiteral("/scim/v2/Users"), 200),
                      record(2, "POST", QStringLiteral("/scim/v2/Groups"), 201),
                      record(3, "GET", QStringLiteral("/scim/v2/Users?filter=userName%20eq%20%22x%22"), 400),
                      record(4, "PATCH", QStringLiteral("/scim/v2/Groups/42"), 404),
                      record(5, "DELETE", QStringLiteral("/scim/v2/Users/7"), 503)});
        filter.setStatusClass(RequestFilterModel::StatusClass(statusClass));
        filter.setMethod(method);
        filter.setPathText(path);
        QList<quint64> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, 0).data(RequestLogModel::IdRole).toULongLong());
        QCOMPARE(shown, expected);
        // Rows arriving later are filtered as well.
        model.append({record(6, "PATCH", QStringLiteral("/scim/v2/Groups/43"), 500)});
        const bool accepted =
            RequestFilterModel::matches(RequestFilterModel::StatusClass(statusClass), 500) &&
            (method.isEmpty() || method == QLatin1String("PATCH")) &&
            QStringLiteral("/scim/v2/Groups/43").contains(path, Qt::CaseInsensitive);
        QCOMPARE(filter.rowCount(), int(expected.size()) + (accepted ? 1 : 0));
    }

    void sortsByRawValues()
    {
        RequestLogModel model;
        RequestFilterModel filter;
        filter.setSourceModel(&model);
        RequestRecord slow = record(1, "GET", QStringLiteral("/a"), 200);
        slow.durationNs = 20'000'000;
        RequestRecord fast = record(2, "GET", QStringLiteral("/b"), 200);
        fast.durationNs = 3'000'000;
        model.append({slow, fast});
        filter.sort(RequestLogModel::Duration, Qt::AscendingOrder);
        // "3.0 ms" sorts before "20.0 ms" by value, not by text.
        QCOMPARE(filter.index(0, 0).data(RequestLogModel::IdRole).toULongLong(), 2u);
    }

    void redactsHeaders_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("authorization keeps its scheme")
            << QByteArray("authorization") << QByteArray("Bearer abc") << QByteArray("Bearer [redacted]");
        QTest::addRow("set-cookie") << QByteArray("set-cookie") << QByteArray("s=1; HttpOnly")
                                    << QByteArray("[redacted]");
        QTest::addRow("x-api-key") << QByteArray("X-API-Key") << QByteArray("k") << QByteArray("[redacted]");
        QTest::addRow("x-auth-token")
            << QByteArray("x-auth-token") << QByteArray("t") << QByteArray("[redacted]");
        QTest::addRow("user-agent stays")
            << QByteArray("user-agent") << QByteArray("Okta") << QByteArray("Okta");
        QTest::addRow("etag stays") << QByteArray("etag") << QByteArray("W/\"3\"") << QByteArray("W/\"3\"");
    }

    void redactsHeaders()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        RequestRecord raw = record(1, "GET", QStringLiteral("/"), 200);
        raw.requestHeaders = {{name, value}};
        raw.responseHeaders = {{name, value}};
        const RequestRecord redacted = RequestRedactor::redact(raw);
        QCOMPARE(redacted.requestHeaders.first().second, expected);
        QCOMPARE(redacted.responseHeaders.first().second, expected);
    }

    void redactsQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << QString() << QString();
        QTest::addRow("no secret") << QStringLiteral("count=10&startIndex=1")
                                   << QStringLiteral("count=10&startIndex=1");
        QTest::addRow("access_token") << QStringLiteral("count=1&access_token=abc")
                                      << QStringLiteral("count=1&access_token=[redacted]");
        QTest::addRow("api-key, any case")
            << QStringLiteral("API-KEY=abc") << QStringLiteral("API-KEY=[redacted]");
        QTest::addRow("filter on a password stays a filter")
            << QStringLiteral("filter=password%20pr") << QStringLiteral("filter=password%20pr");
    }

    void redactsQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(RequestRedactor::redactQuery(query), expected);
    }

    void redactsBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("nothing secret")
            << QByteArray("{\"userName\":\"a\"}") << QByteArray("application/json")
            << QByteArray("{\"userName\":\"a\"}");
        QTest::addRow("password") << QByteArray("{\"password\":\"p\",\"userName\":\"a\"}")
                                  << QByteArray("application/scim+json")
                                  << QByteArray("{\"password\":\"[redacted]\",\"userName\":\"a\"}");
        QTest::addRow("nested client_secret and token")
            << QByteArray("{\"x\":{\"client_secret\":\"s\",\"list\":[{\"token\":\"t\"}]}}")
            << QByteArray("application/json")
            << QByteArray("{\"x\":{\"client_secret\":\"[redacted]\",\"list\":[{\"token\":\"[redacted]\"}]}}");
        QTest::addRow("PATCH of an extension's secret")
            << QByteArray(
                   "{\"Operations\":[{\"op\":\"replace\",\"path\":\"urn:x:Device:secret\",\"value\":\"s\"}]}")
            << QByteArray("application/scim+json")
            << QByteArray("{\"Operations\":[{\"op\":\"replace\",\"path\":\"urn:x:Device:secret\",\"value\":"
                          "\"[redacted]\"}]}");
        QTest::addRow("form") << QByteArray("grant_type=password&username=a&password=p&client_secret=s")
                              << QByteArray("application/x-www-form-urlencoded")
                              << QByteArray(
                                     "grant_type=password&username=a&password=[redacted]&client_secret="
                                     "[redacted]");
        QTest::addRow("JSON cut short")
            << QByteArray("{\"userName\":\"a\",\"apiKey\":\"abc") << QByteArray("application/json")
            << QByteArray("{\"userName\":\"a\",\"apiKey\":\"[redacted]\"");
    }

    void redactsBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, expected);
        QCOMPARE(RequestRedactor::redactBody(body, contentType), expected);
        // Responses get the same treatment, and the model redacts what it takes in.
        RequestRecord raw = record(1, "POST", QStringLiteral("/x"), 200);
        raw.requestBody = body;
        raw.responseBody = body;
        raw.requestHeaders.emplaceBack("content-type", contentType);
        raw.responseHeaders = {{"content-type", contentType}};
        RequestLogModel model;
        model.append({raw});
        QCOMPARE(model.recordAt(0).requestBody, expected);
        QCOMPARE(model.recordAt(0).responseBody, expected);
    }

    void detailsText()
    {
        RequestRecord shown =
            record(1, "POST", QStringLiteral("/scim/v2/Users?x=1"), 201, QByteArray("{\"userName\":\"a\"}"),
                   QByteArray("{\"id\":\"1\",\"userName\":\"a\"}"));
        const QString request = RequestDetailsText::request(shown);
        QVERIFY2(
            request.startsWith(QStringLiteral("POST /scim/v2/Users?x=1 HTTP/1.1\nhost: 127.0.0.1:8080\n")),
            qPrintable(request));
        QVERIFY(request.contains(QStringLiteral("authorization: Bearer [redacted]\n")));
        QVERIFY(request.endsWith(QStringLiteral("\n{\n    \"userName\": \"a\"\n}\n")));
        const QString response = RequestDetailsText::response(shown);
        QVERIFY(response.startsWith(
            QStringLiteral("HTTP/1.1 201 Created\ncontent-type: application/scim+json\n")));
        QVERIFY(response.contains(QStringLiteral("    \"id\": \"1\",\n")));
    }

    void detailsBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QByteArray() << false << QString();
        QTest::addRow("JSON array") << QByteArray("[1]") << false << QStringLiteral("[\n    1\n]\n");
        QTest::addRow("text") << QByteArray("plain") << false << QStringLiteral("plain");
        QTest::addRow("cut JSON as text")
            << QByteArray("{\"a\":") << true << QStringLiteral("{\"a\":\n... (cut after 5 byte(s))");
        QTest::addRow("binary") << QByteArray("\xff\xfe\x00", 3) << false
                                << QStringLiteral("(3 byte(s) of binary data)");
    }

    void detailsBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, truncated);
        QFETCH(QString, expected);
        QCOMPARE(RequestDetailsText::body(body, truncated), expected);
    }

    void harDocument()
    {
        RequestRecord post = record(1, "POST", QStringLiteral("/scim/v2/Users"), 201,
                                    QByteArray("{\"userName\":\"a b\"}"), QByteArray("{\"id\":\"1\"}"));
        post.responseHeaders.emplaceBack("location", "http://127.0.0.1:8080/scim/v2/Users/1");
        RequestRecord get =
            record(2, "GET", QStringLiteral("/scim/v2/Users?filter=userName eq \"a b\"&count=5"), 200);
        get.secure = true;
        get.responseBody = QByteArray("\x1f\x8b\x08", 3);
        get.responseBodyTruncated = true;

        const QJsonObject document = HarExport::document({post, get});
        // Round trip through text, as a HAR reader sees it.
        QJsonParseError error;
        const QJsonObject log = QJsonDocument::fromJson(QJsonDocument(document).toJson(), &error)
                                    .object()
                                    .value(u"log")
                                    .toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(u"creator").toObject().value(u"name").toString(), QStringLiteral("Muster"));
        QVERIFY(!log.value(u"creator").toObject().value(u"version").toString().isEmpty());
        const QJsonArray entries = log.value(u"entries").toArray();
        QCOMPARE(entries.size(), 2);

        // What HAR 1.2 requires of every entry.
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            QVERIFY(QDateTime::fromString(entry.value(u"startedDateTime").toString(), Qt::ISODateWithMs)
                        .isValid());
            QVERIFY(entry.value(u"time").isDouble());
            QVERIFY(entry.value(u"cache").isObject());
            const QJsonObject timings = entry.value(u"timings").toObject();
            for (const auto key : {u"send", u"wait", u"receive"})
                QVERIFY(timings.value(key).isDouble());
            QCOMPARE(entry.value(u"time").toDouble(), timings.value(u"send").toDouble() +
                                                          timings.value(u"wait").toDouble() +
                                                          timings.value(u"receive").toDouble());
            const QJsonObject request = entry.value(u"request").toObject();
            for (const auto key : {u"method", u"url", u"httpVersion"})
                QVERIFY(request.value(key).isString());
            for (const auto key : {u"cookies", u"headers", u"queryString"})
                QVERIFY(request.value(key).isArray());
            for (const auto key : {u"headersSize", u"bodySize"})
                QVERIFY(request.value(key).isDouble());
            const QJsonObject response = entry.value(u"response").toObject();
            QVERIFY(response.value(u"status").isDouble());
            for (const auto key : {u"statusText", u"httpVersion", u"redirectURL"})
                QVERIFY(response.value(key).isString());
            for (const auto key : {u"cookies", u"headers"})
                QVERIFY(response.value(key).isArray());
            for (const auto key : {u"headersSize", u"bodySize"})
                QVERIFY(response.value(key).isDouble());
            const QJsonObject content = response.value(u"content").toObject();
            QVERIFY(content.value(u"size").isDouble());
            QVERIFY(content.value(u"mimeType").isString());
            QCOMPARE(entry.value(u"_clientAddress").toString(), QStringLiteral("127.0.0.1"));
        }

        const QJsonObject first = entries.at(0).toObject();
        const QJsonObject request = first.value(u"request").toObject();
        QCOMPARE(request.value(u"url").toString(), QStringLiteral("http://127.0.0.1:8080/scim/v2/Users"));
        QCOMPARE(request.value(u"postData").toObject().value(u"text").toString(),
                 QStringLiteral("{\"userName\":\"a b\"}"));
        QCOMPARE(request.value(u"postData").toObject().value(u"mimeType").toString(),
                 QStringLiteral("application/scim+json"));
        QCOMPARE(first.value(u"response").toObject().value(u"statusText").toString(),
                 QStringLiteral("Created"));
        QCOMPARE(first.value(u"response").toObject().value(u"redirectURL").toString(),
                 QStringLiteral("http://127.0.0.1:8080/scim/v2/Users/1"));
        QCOMPARE(first.value(u"time").toDouble(), 1.5);

        const QJsonObject second = entries.at(1).toObject();
        const QJsonObject secondRequest = second.value(u"request").toObject();
        QCOMPARE(secondRequest.value(u"url").toString(),
                 QStringLiteral(
                     "https://127.0.0.1:8080/scim/v2/Users?filter=userName%20eq%20%22a%20b%22&count=5"));
        const QJsonArray query = secondRequest.value(u"queryString").toArray();
        QCOMPARE(query.size(), 2);
        QCOMPARE(query.at(0).toObject().value(u"value").toString(), QStringLiteral("userName eq \"a b\""));
        QVERIFY(!secondRequest.contains(u"postData"));
        const QJsonObject content = second.value(u"response").toObject().value(u"content").toObject();
        QCOMPARE(content.value(u"encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(content.value(u"text").toString().toLatin1()),
                 QByteArray("\x1f\x8b\x08", 3));
        QVERIFY(second.value(u"comment").toString().contains(QStringLiteral("response body cut")));
    }

    void harSaveFailsReadably()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/requests.har"));
        const Status saved = HarExport::save(path, {record(1, "GET", QStringLiteral("/"), 200)});
        QVERIFY(!saved);
        QVERIFY(saved.error().detail.contains(path));
        const QString good = dir.filePath(QStringLiteral("requests.har"));
        QVERIFY(HarExport::save(good, {record(1, "GET", QStringLiteral("/"), 200)}));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(u"log")
                     .toObject()
                     .value(u"entries")
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_MAIN(TestRequestInspector)
#include "tst_requestinspector.moc"
