#pragma once

#include "common/Result.h"
#include "config/ServerConfig.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace muster {

// Builds a ServerConfig from, in order of precedence: command-line options, a config file (INI, given
// with --config; keys are the long option names, at the top level or in a [server] group), MUSTER_*
// environment variables (MUSTER_PORT, MUSTER_STORE, ...) and the defaults.
class ServerConfigLoader final {
public:
    // Adds --config, --data, --store, --bind, --port, --tls-cert, --tls-key, --workers, --public-url,
    // --allow-basic-auth, --open-metrics, --schemas and --max-body to a parser.
    static void addOptions(QCommandLineParser& parser);

    // invalidValue errors name the option and the source it came from.
    static Result<ServerConfig>
    load(const QCommandLineParser& parser,
         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

} // namespace muster
