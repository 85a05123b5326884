#include "DemoTraffic.h"

#include "schema/SchemaUrns.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace muster {

namespace {

struct Step {
    QByteArray method;
    QString path; // below the base URL; "{id}" is the id the last POST created
    QJsonObject body;
    bool goodToken = true;
};

QByteArray answer(QNetworkAccessManager& network, const QString& url, const Step& step, const QString& token,
                  int timeoutMs, bool& answered)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization",
                         "Bearer " + (step.goodToken ? token.toUtf8() : QByteArrayLiteral("expired-token")));
    request.setRawHeader("Accept", "application/scim+json");
    request.setRawHeader("User-Agent", "Okta SCIM Client 1.0.0");
    QByteArray body;
    if (!step.body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/scim+json"));
        body = QJsonDocument(step.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = network.sendCustomRequest(request, step.method, body);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    answered = reply->isFinished();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

} // namespace

bool DemoTraffic::send(const QString& baseUrl, const QString& token, int timeoutMs)
{
    const QJsonObject newUser{
        {QStringLiteral("schemas"), QJsonArray{urns::User}},
        {QStringLiteral("userName"), QStringLiteral("harper.quinn@northwind.example")},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Harper")},
                                             {QStringLiteral("familyName"), QStringLiteral("Quinn")}}},
        {QStringLiteral("displayName"), QStringLiteral("Harper Quinn")},
        {QStringLiteral("active"), true},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("harper.quinn@northwind.example")},
                                {QStringLiteral("type"), QStringLiteral("work")},
                                {QStringLiteral("primary"), true}}}}};
    const QJsonObject deactivate{{QStringLiteral("schemas"), QJsonArray{urns::PatchOp}},
                                 {QStringLiteral("Operations"),
                                  QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                         {QStringLiteral("path"), QStringLiteral("active")},
                                                         {QStringLiteral("value"), false}}}}};
    const QString filter = QString::fromUtf8(
        QUrl::toPercentEncoding(QStringLiteral("userName eq \"harper.quinn@northwind.example\"")));
    const QList<Step> steps{
        {"GET", QStringLiteral("/ServiceProviderConfig"), {}},
        {"GET", QStringLiteral("/Users?startIndex=1&count=100"), {}},
        {"GET", QStringLiteral("/Users?filter=") + filter, {}},
        {"POST", QStringLiteral("/Users"), newUser},
        {"GET", QStringLiteral("/Users/{id}"), {}},
        {"PATCH", QStringLiteral("/Users/{id}"), deactivate},
        {"GET", QStringLiteral("/Groups?count=50&excludedAttributes=members"), {}},
        {"GET", QStringLiteral("/Users/2819c223-7f76-453a-919d-413861904646"), {}},
        {"GET", QStringLiteral("/Users?count=1"), {}, false},
        {"DELETE", QStringLiteral("/Users/{id}"), {}},
        {"GET", QStringLiteral("/Users?filter=") + filter, {}},
    };
    QNetworkAccessManager network;
    QString createdId;
    for (const Step& step : steps) {
        bool answered = false;
        const QByteArray data =
            answer(network, baseUrl + QString(step.path).replace(QStringLiteral("{id}"), createdId), step,
                   token, timeoutMs, answered);
        if (!answered)
            return false;
        if (step.method == "POST")
            createdId = QJsonDocument::fromJson(data).object().value(QStringLiteral("id")).toString();
    }
    return true;
}

} // namespace muster
