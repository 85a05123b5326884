#include "ServiceCommandLine.h"

#include <QDir>

namespace muster {

namespace {

// The options whose value is a file or a folder (server/config/ServerConfigLoader.cpp).
const QStringList PathOptions = {QStringLiteral("data"), QStringLiteral("config"), QStringLiteral("schemas"),
                                 QStringLiteral("tls-cert"), QStringLiteral("tls-key")};

} // namespace

ServiceCommandLine::Service ServiceCommandLine::fromInstallArguments(const QStringList& installArguments,
                                                                     const QString& workingDirectory,
                                                                     const QString& defaultDataDirectory)
{
    const QDir base(workingDirectory);
    const auto absolute = [&base](const QString& path) {
        return QDir::toNativeSeparators(base.absoluteFilePath(path));
    };
    Service service;
    bool commandSeen = false;
    for (qsizetype index = 0; index < installArguments.size(); ++index) {
        const QString& argument = installArguments.at(index);
        if (!commandSeen && argument == u"service" && installArguments.value(index + 1) == u"install") {
            commandSeen = true;
            ++index;
            continue;
        }
        // "--name value" and "--name=value" both occur; QCommandLineParser accepts either.
        const QString name = argument.startsWith(u"--") ? argument.mid(2).section(u'=', 0, 0) : QString();
        if (!PathOptions.contains(name)) {
            service.arguments.append(argument);
            continue;
        }
        QString value;
        if (argument.contains(u'=')) {
            value = argument.section(u'=', 1);
        } else if (index + 1 < installArguments.size()) {
            value = installArguments.at(++index);
        }
        value = absolute(value);
        if (name == u"data")
            service.dataDirectory = value;
        else
            service.arguments << argument.section(u'=', 0, 0) << value;
    }
    if (service.dataDirectory.isEmpty())
        service.dataDirectory = QDir::toNativeSeparators(defaultDataDirectory);
    service.arguments.prepend(service.dataDirectory);
    service.arguments.prepend(QStringLiteral("--data"));
    service.arguments << QStringLiteral("service") << QStringLiteral("run");
    return service;
}

QString ServiceCommandLine::quote(const QString& argument)
{
    static const QString needsQuotes = QStringLiteral(" \t\n\v\"");
    bool plain = !argument.isEmpty();
    for (const QChar character : argument)
        plain = plain && !needsQuotes.contains(character);
    if (plain)
        return argument;

    // Backslashes are literal unless a quote follows them: then each one is doubled, and so are those
    // before the closing quote.
    QString quoted = QStringLiteral("\"");
    qsizetype backslashes = 0;
    for (const QChar character : argument) {
        if (character == u'\\') {
            ++backslashes;
            continue;
        }
        if (character == u'"') {
            quoted += QString(backslashes * 2 + 1, u'\\');
        } else {
            quoted += QString(backslashes, u'\\');
        }
        backslashes = 0;
        quoted += character;
    }
    quoted += QString(backslashes * 2, u'\\');
    quoted += u'"';
    return quoted;
}

QString ServiceCommandLine::join(const QString& program, const QStringList& arguments)
{
    // The program always in quotes: unquoted, "C:\Program Files\..." would let Windows try "C:\Program".
    QStringList quoted{u'"' + QDir::toNativeSeparators(program) + u'"'};
    for (const QString& argument : arguments)
        quoted.append(quote(argument));
    return quoted.join(u' ');
}

} // namespace muster
