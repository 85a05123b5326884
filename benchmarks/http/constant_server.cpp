// A server that answers every request with the same body (by default a ~440-byte SCIM user), for wrk
// (see run.sh and scim_load.sh): the ceiling that SCIM figures are quoted against.
//
//   bench_http_constant [--port N] [--workers N] [--mode transport|route] [--body-file FILE]
//
// --port 0 picks a free port; the first line printed names the port listened on.
// --body-file: answer with this file's bytes instead, e.g. a GET-by-id answer of the server under test.
//
// transport: Muster's HttpTransport (guards, metrics, access log) with a handler that returns the
//            constant body; the settings are the transport's defaults.
// route:     a bare QHttpServer::route("/scim/v2/Users/<arg>") on one thread with no guard: what
//            QtHttpServer 6.4 alone costs.

#include "http/HttpLogging.h"
#include "http/HttpTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QTcpServer>

#include <cstdio>

using namespace muster;

namespace {

const QByteArray defaultBody =
    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"id\":\"2819c223-7f76-453a-919d-4"
    "13861904646\",\"userName\":\"bjensen@example.com\",\"name\":{\"familyName\":\"Jensen\",\"givenNa"
    "me\":\"Barbara\"},\"emails\":[{\"value\":\"bjensen@example.com\",\"type\":\"work\"}],\"meta\":{\""
    "resourceType\":\"User\",\"created\":\"2010-01-23T04:56:22Z\",\"lastModified\":\"2011-05-13T04:42"
    ":34Z\",\"version\":\"W/\\\"3694e05e9dff591\\\"\",\"location\":\"/scim/v2/Users/2819c223-7f76-453"
    "a-919d-413861904646\"}}";

} // namespace

int main(int argc, char** argv)
{
    // The transport mode runs as muster-server does, on Qt's own event loop instead of GLib's (see
    // app/server_main.cpp); the route mode stays a bare QtHttpServer with Qt's defaults. Read before
    // QCoreApplication exists, since that is when the event loop is chosen.
    bool routeMode = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        routeMode = routeMode || argument == "--mode=route" ||
                    (argument == "--mode" && i + 1 < argc && QByteArrayView(argv[i + 1]) == "route");
    }
    if (!routeMode && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1."),
                                        QStringLiteral("port"), QStringLiteral("18080"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Worker threads (transport mode)."),
                                           QStringLiteral("count"), QStringLiteral("1"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("transport or route."),
                                        QStringLiteral("mode"), QStringLiteral("transport"));
    const QCommandLineOption bodyFileOption(QStringLiteral("body-file"),
                                            QStringLiteral("Answer with this file's content."),
                                            QStringLiteral("file"));
    parser.addOptions({portOption, workersOption, modeOption, bodyFileOption});
    parser.process(app);
    const quint16 port = quint16(parser.value(portOption).toUInt());

    QByteArray constantBody = defaultBody;
    if (parser.isSet(bodyFileOption)) {
        QFile file(parser.value(bodyFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return 1;
        }
        constantBody = file.readAll();
    }

    if (parser.value(modeOption) == u"route") {
        QHttpServer server;
        server.route(QStringLiteral("/scim/v2/Users/<arg>"), [constantBody](const QString&) {
            return QHttpServerResponse(QByteArrayLiteral("application/scim+json"), constantBody);
        });
        auto* tcpServer = new QTcpServer(&server);
        if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
            std::fprintf(stderr, "cannot listen: %s\n", qPrintable(tcpServer->errorString()));
            return 1;
        }
        server.bind(tcpServer);
        std::printf("route mode on port %u, %zu-byte body\n", unsigned(tcpServer->serverPort()),
                    size_t(constantBody.size()));
        std::fflush(stdout);
        return app.exec();
    }

    HttpTransportOptions options;
    options.port = port;
    options.workers = parser.value(workersOption).toInt();
    HttpTransport transport(
        [constantBody](const HttpRequest&) {
            HttpResponse response;
            response.setHeader("content-type", "application/scim+json");
            response.body = constantBody;
            return response;
        },
        options);
    const Status started = transport.start();
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().detail));
        return 1;
    }
    std::printf("transport mode on port %u with %d worker(s), %zu-byte body\n", unsigned(transport.port()),
                transport.workerCount(), size_t(constantBody.size()));
    std::fflush(stdout);
    return app.exec();
}
