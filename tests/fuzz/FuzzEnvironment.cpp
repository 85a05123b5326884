#include "FuzzEnvironment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace muster::fuzz {

namespace {

void quietMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void FuzzEnvironment::initialize()
{
    static int argc = 1;
    static char name[] = "muster-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    qInstallMessageHandler(quietMessageHandler);
}

std::shared_ptr<const SchemaRegistry> FuzzEnvironment::registry()
{
    static const std::shared_ptr<const SchemaRegistry> builtIn = SchemaRegistry::builtIn();
    return builtIn;
}

QByteArray FuzzEnvironment::bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

QJsonObject FuzzEnvironment::jsonObject(const QByteArray& input)
{
    return QJsonDocument::fromJson(input).object();
}

QJsonObject FuzzEnvironment::sampleUser()
{
    return jsonObject(QByteArrayLiteral(
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
        "\"id\":\"2819c223-7f76-453a-919d-413861904646\",\"externalId\":\"bjensen\","
        "\"userName\":\"bjensen@example.com\",\"active\":true,\"displayName\":\"Babs Jensen\","
        "\"name\":{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\",\"formatted\":\"Ms. Barbara J "
        "Jensen\"},"
        "\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\",\"primary\":true},"
        "{\"value\":\"babs@jensen.org\",\"type\":\"home\"}],"
        "\"phoneNumbers\":[{\"value\":\"555-555-8377\",\"type\":\"work\"}],"
        "\"addresses\":[{\"type\":\"work\",\"streetAddress\":\"100 Universal City Plaza\","
        "\"locality\":\"Hollywood\",\"postalCode\":\"91608\",\"country\":\"USA\",\"primary\":true}],"
        "\"roles\":[{\"value\":\"admin\"}],\"x509Certificates\":[{\"value\":\"TUlJRE9EQ0NB\"}],"
        "\"meta\":{\"resourceType\":\"User\",\"created\":\"2010-01-23T04:56:22Z\","
        "\"lastModified\":\"2011-05-13T04:42:34.123Z\",\"version\":\"W/\\\"3\\\"\"},"
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\"701984\","
        "\"costCenter\":\"4130\",\"manager\":{\"value\":\"26118915-6090-4610-87e4-49d8ca9f808d\"}}}"));
}

} // namespace muster::fuzz

// libFuzzer calls this once before the first input; every target links this file for bytes().
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    muster::fuzz::FuzzEnvironment::initialize();
    return 0;
}
