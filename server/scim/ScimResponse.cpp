#include "scim/ScimResponse.h"

#include <QJsonDocument>

namespace muster {

HttpResponse ScimResponse::json(int status, const QJsonObject& body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse ScimResponse::json(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("content-type"), ContentType);
    response.body = body;
    return response;
}

HttpResponse ScimResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse ScimResponse::text(int status, const QByteArray& text)
{
    HttpResponse response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/plain; charset=utf-8"));
    response.body = text;
    return response;
}

} // namespace muster
