#include "ScimConversation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace muster::test {

namespace {

const QString ErrorUrn = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

QString describe(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

ScimConversation::ScimConversation(ServerProcess& server)
    : m_server(server)
{}

void ScimConversation::define(const QString& name, const QByteArray& value)
{
    m_values.insert(name, value);
}

QString ScimConversation::fill(QString text) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', QString::fromUtf8(it.value()));
    return text;
}

QByteArray ScimConversation::fill(QByteArray bytes) const
{
    // Byte-wise, so that a body that is deliberately not UTF-8 stays as it is.
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        bytes.replace(QByteArray('{' + it.key().toUtf8() + '}'), it.value());
    return bytes;
}

QJsonValue ScimConversation::at(const QJsonValue& json, const QString& path)
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

void ScimConversation::run(const Exchanges& exchanges)
{
    for (const Exchange& step : exchanges) {
        exchange(step);
        if (QTest::currentTestFailed())
            return;
    }
}

ServerProcess::Reply ScimConversation::send(const Exchange& exchange)
{
    const QString target = fill(exchange.target);
    const QByteArray body = fill(exchange.body);
    ServerProcess::Headers headers;
    for (const auto& [name, value] : exchange.headers)
        headers.append({name, fill(value)});
    if (!exchange.raw)
        return m_server.request(exchange.method, target, body, headers);

    QByteArray bytes = exchange.method + ' ' + target.toUtf8() +
                       " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server.port()) + "\r\n";
    bool authorization = false;
    bool contentLength = false;
    for (const auto& [name, value] : std::as_const(headers)) {
        authorization |= name.compare("authorization", Qt::CaseInsensitive) == 0;
        contentLength |= name.compare("content-length", Qt::CaseInsensitive) == 0;
        if (!value.isEmpty())
            bytes += name + ": " + value + "\r\n";
    }
    if (!authorization && !m_server.token().isEmpty())
        bytes += "Authorization: Bearer " + m_server.token() + "\r\n";
    if (!contentLength && !body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return m_server.rawRequest(bytes + "Connection: close\r\n\r\n" + body);
}

void ScimConversation::exchange(const Exchange& exchange)
{
    m_last = send(exchange);
    const QString request = QString::fromLatin1(exchange.method) + u' ' + fill(exchange.target).left(200);
    const QString answer = QString::fromUtf8(m_last.body.left(1500));
    QVERIFY2(exchange.status == 0 || m_last.failure.isEmpty(),
             qPrintable(request + QStringLiteral(": ") + m_last.failure));
    QVERIFY2(m_last.status == exchange.status, qPrintable(QStringLiteral("%1 answered %2, not %3: %4")
                                                              .arg(request)
                                                              .arg(m_last.status)
                                                              .arg(exchange.status)
                                                              .arg(answer)));

    if (const QByteArray etag = m_last.header("etag"); !etag.isEmpty())
        m_values.insert(QStringLiteral("etag"), etag);
    if (m_last.status == 201)
        m_values.insert(QStringLiteral("new"), m_last.json().value(QStringLiteral("id")).toString().toUtf8());

    if (m_last.status == 204 || m_last.status == 304 || exchange.method == "HEAD")
        QVERIFY2(m_last.body.isEmpty(), qPrintable(request + QStringLiteral(" answered a body: ") + answer));
    if (m_last.status >= 400 && exchange.method != "HEAD")
        checkError(exchange);
    else if (m_last.status >= 200 && m_last.status < 300)
        checkSuccess(exchange);
    if (QTest::currentTestFailed())
        return;
    for (const auto& [name, path] : exchange.captures) {
        const QString value = at(m_last.json(), path).toString().section(u'/', -1);
        QVERIFY2(!value.isEmpty(),
                 qPrintable(QStringLiteral("nothing to capture at ") + path + u' ' + answer));
        m_values.insert(name, value.toUtf8());
    }
    for (const QString& expression : exchange.checks) {
        check(fill(expression));
        if (QTest::currentTestFailed()) {
            qWarning("%s answered: %s", qPrintable(request), qPrintable(answer));
            return;
        }
    }
}

void ScimConversation::checkError(const Exchange& exchange)
{
    QVERIFY2(m_last.header("content-type").startsWith("application/scim+json"),
             m_last.header("content-type"));
    QJsonParseError parsed;
    const QJsonObject body = QJsonDocument::fromJson(m_last.body, &parsed).object();
    QVERIFY2(parsed.error == QJsonParseError::NoError, m_last.body.constData());
    QCOMPARE(body.value(QStringLiteral("schemas")).toArray(), QJsonArray{ErrorUrn});
    QCOMPARE(body.value(QStringLiteral("status")), QJsonValue(QString::number(exchange.status)));
    QVERIFY2(!body.value(QStringLiteral("detail")).toString().isEmpty(), m_last.body.constData());
    const QJsonValue scimType = body.value(QStringLiteral("scimType"));
    QVERIFY2(exchange.scimType.isEmpty() ? scimType.isUndefined() : scimType == exchange.scimType,
             qPrintable(QStringLiteral("scimType %1, not %2: %3")
                            .arg(describe(scimType), exchange.scimType, QString::fromUtf8(m_last.body))));
}

void ScimConversation::checkSuccess(const Exchange& exchange)
{
    const QString target = fill(exchange.target);
    const bool scim = target.startsWith(Base) || target.startsWith(QLatin1String("/tenants/"));
    if (!scim || m_last.body.isEmpty())
        return;
    QVERIFY2(m_last.header("content-type").startsWith("application/scim+json"),
             m_last.header("content-type"));
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(m_last.body, &parsed);
    QVERIFY2(parsed.error == QJsonParseError::NoError && document.isObject(),
             m_last.body.left(500).constData());
    const QJsonObject json = document.object();
    const QJsonValue version = at(json, QStringLiteral("meta/version"));
    if (m_last.status == 201) {
        QCOMPARE(QString::fromUtf8(m_last.header("location")),
                 at(json, QStringLiteral("meta/location")).toString());
        QVERIFY2(!version.toString().isEmpty(), m_last.body.constData());
    }
    if (version.isString() && !m_last.header("etag").isEmpty())
        QCOMPARE(QString::fromUtf8(m_last.header("etag")), version.toString());
}

void ScimConversation::check(const QString& expression)
{
    if (expression.startsWith(QLatin1String("header:"))) {
        const QString rest = expression.mid(7);
        const QByteArray name = rest.section(u'=', 0, 0).toLatin1();
        const QString expected = rest.section(u'=', 1);
        QVERIFY2(QString::fromUtf8(m_last.header(name)) == expected,
                 qPrintable(expression + QStringLiteral(" got ") + QString::fromUtf8(m_last.header(name))));
        return;
    }
    if (expression.startsWith(QLatin1String("body~"))) {
        QVERIFY2(m_last.body.contains(expression.mid(5).toUtf8()), qPrintable(expression));
        return;
    }
    const qsizetype equals = expression.indexOf(u'=');
    const qsizetype hash = expression.indexOf(u'#');
    const bool counts = hash >= 0 && (equals < 0 || hash < equals);
    const qsizetype split = counts ? hash : equals;
    QVERIFY2(split > 0, qPrintable(QStringLiteral("malformed check ") + expression));
    const QJsonValue actual = at(m_last.json(), expression.left(split));
    const QString expected = expression.mid(split + 1);
    if (counts) {
        QVERIFY2(actual.isArray() && actual.toArray().size() == expected.toInt(),
                 qPrintable(expression + QStringLiteral(" got ") + describe(actual)));
        return;
    }
    if (expected.isEmpty()) {
        QVERIFY2(actual.isUndefined(), qPrintable(expression + QStringLiteral(" got ") + describe(actual)));
        return;
    }
    QJsonParseError parsed;
    const QJsonArray wrapped = QJsonDocument::fromJson('[' + expected.toUtf8() + ']', &parsed).array();
    QVERIFY2(parsed.error == QJsonParseError::NoError && wrapped.size() == 1,
             qPrintable(QStringLiteral("check value is not JSON: ") + expression));
    QVERIFY2(actual == wrapped.first(), qPrintable(expression + QStringLiteral(" got ") + describe(actual)));
}

QByteArray ScimConversation::listing(const QString& query)
{
    const ServerProcess::Reply reply = m_server.request("GET", Base + query);
    if (reply.status != 200)
        return "status " + QByteArray::number(reply.status) + ": " + reply.body;
    return QJsonDocument(reply.json().value(QStringLiteral("Resources")).toArray())
        .toJson(QJsonDocument::Compact);
}

QByteArray ScimConversation::snapshot()
{
    return listing(QStringLiteral("/Users?sortBy=userName&count=1000")) + '\n' +
           listing(QStringLiteral("/Groups?sortBy=displayName&count=1000"));
}

QByteArray ScimConversation::identities()
{
    return listing(QStringLiteral("/Users?attributes=userName&sortBy=userName&count=1000")) + '\n' +
           listing(QStringLiteral("/Groups?attributes=displayName&sortBy=displayName&count=1000"));
}

} // namespace muster::test
