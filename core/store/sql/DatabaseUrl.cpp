#include "store/sql/DatabaseUrl.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringDecoder>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace muster {

namespace {

using KeywordValues = QList<std::pair<QString, QString>>;

ScimError invalid(const QString& detail)
{
    return ScimError::badRequest(ScimType::InvalidValue, detail);
}

// libpq connection parameters Muster passes through as connect options. host, port, dbname, user
// and password have fields of their own; replication and requiressl make no sense for a store.
const QStringList& postgresOptionKeywords()
{
    static const QStringList keywords{
        QStringLiteral("application_name"),
        QStringLiteral("channel_binding"),
        QStringLiteral("client_encoding"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("gssdelegation"),
        QStringLiteral("gssencmode"),
        QStringLiteral("gsslib"),
        QStringLiteral("hostaddr"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("load_balance_hosts"),
        QStringLiteral("options"),
        QStringLiteral("passfile"),
        QStringLiteral("require_auth"),
        QStringLiteral("requirepeer"),
        QStringLiteral("service"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslcertmode"),
        QStringLiteral("sslcompression"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslpassword"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslsni"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("tcp_user_timeout"),
    };
    return keywords;
}

// The values libpq accepts for its enumerated parameters, checked here so that a typo is reported
// when the URL is read rather than as a connection failure.
QStringList allowedValues(const QString& keyword)
{
    if (keyword == QLatin1String("sslmode")) {
        return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    }
    if (keyword == QLatin1String("gssencmode") || keyword == QLatin1String("channel_binding")) {
        return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    }
    if (keyword == QLatin1String("target_session_attrs")) {
        return {QStringLiteral("any"),     QStringLiteral("read-write"), QStringLiteral("read-only"),
                QStringLiteral("primary"), QStringLiteral("standby"),    QStringLiteral("prefer-standby")};
    }
    if (keyword == QLatin1String("keepalives") || keyword == QLatin1String("sslcompression") ||
        keyword == QLatin1String("sslsni")) {
        return {QStringLiteral("0"), QStringLiteral("1")};
    }
    return {};
}

bool takesSeconds(const QString& keyword)
{
    return keyword == QLatin1String("connect_timeout") || keyword == QLatin1String("keepalives_idle") ||
           keyword == QLatin1String("keepalives_interval") || keyword == QLatin1String("keepalives_count") ||
           keyword == QLatin1String("tcp_user_timeout");
}

bool isSecret(const QString& keyword)
{
    return keyword == QLatin1String("sslpassword");
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<int> parsePort(QStringView text)
{
    bool ok = false;
    const int port = isAllDigits(text) && text.size() <= 5 ? text.toInt(&ok) : 0;
    if (!ok || port < 1 || port > 65535) {
        return invalid(QStringLiteral("Bad port '%1' in the database URL: expected a number from 1 to 65535")
                           .arg(text.toString()));
    }
    return port;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

Result<QString> percentDecode(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%')
            continue;
        if (i + 2 >= text.size() || !isHexDigit(text[i + 1]) || !isHexDigit(text[i + 2])) {
            return invalid(QStringLiteral("Bad percent-encoding in the database URL: '%' must be followed by "
                                          "two hexadecimal digits (write %25 for a literal '%')"));
        }
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(text.toUtf8());
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return invalid(QStringLiteral("Bad percent-encoding in the database URL: the bytes are not UTF-8"));
    return decoded;
}

QString percentEncode(const QString& text, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

// libpq's key/value syntax: `keyword = value` pairs separated by whitespace; a value is either
// unquoted (ends at whitespace) or single-quoted; a backslash escapes the next character in both.
Result<KeywordValues> parseKeywordValues(QStringView text)
{
    KeywordValues pairs;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (true) {
        while (i < size && text[i].isSpace())
            ++i;
        if (i == size)
            break;
        const qsizetype keyStart = i;
        while (i < size && !text[i].isSpace() && text[i] != u'=')
            ++i;
        const QString keyword = text.mid(keyStart, i - keyStart).toString();
        while (i < size && text[i].isSpace())
            ++i;
        if (keyword.isEmpty() || i == size || text[i] != u'=') {
            return invalid(QStringLiteral("Missing '=' after '%1' in the connection string").arg(keyword));
        }
        ++i;
        while (i < size && text[i].isSpace())
            ++i;
        QString value;
        if (i < size && text[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < size) {
                if (text[i] == u'\\') {
                    ++i;
                    if (i < size)
                        value += text[i++];
                } else if (text[i] == u'\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value += text[i++];
                }
            }
            if (!closed) {
                return invalid(QStringLiteral("Unterminated quoted value for '%1' in the connection string")
                                   .arg(keyword));
            }
        } else {
            while (i < size && !text[i].isSpace()) {
                if (text[i] == u'\\') {
                    ++i;
                    if (i < size)
                        value += text[i++];
                } else {
                    value += text[i++];
                }
            }
        }
        pairs.append({keyword, value});
    }
    return pairs;
}

// A value as libpq reads it back from a key/value string: quoted when it is empty or holds whitespace,
// a quote or a backslash.
QString quoteKeywordValue(const QString& value)
{
    const bool needsQuotes = value.isEmpty() || std::any_of(value.begin(), value.end(), [](QChar c) {
                                 return c.isSpace() || c == u'\'' || c == u'\\';
                             });
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

// Gathers PostgreSQL parameters from a URL or a key/value string into the fields of a DatabaseUrl.
class PostgresParameters {
public:
    explicit PostgresParameters(DatabaseUrl& url)
        : m_url(url)
    {}

    Status set(const QString& givenKeyword, const QString& value)
    {
        const QString keyword = givenKeyword.toLower();
        if (m_seen.contains(keyword)) {
            return invalid(QStringLiteral("The connection parameter '%1' is given twice in the database URL")
                               .arg(keyword));
        }
        m_seen.append(keyword);
        if (keyword == QLatin1String("host")) {
            if (value.contains(u','))
                return severalHosts();
            m_url.host = value;
        } else if (keyword == QLatin1String("port")) {
            if (value.contains(u','))
                return severalHosts();
            const Result<int> port = parsePort(value);
            if (!port)
                return port.error();
            m_url.port = *port;
        } else if (keyword == QLatin1String("dbname")) {
            m_url.databaseName = value;
        } else if (keyword == QLatin1String("user")) {
            m_url.user = value;
        } else if (keyword == QLatin1String("password")) {
            m_url.password = value;
        } else if (keyword == QLatin1String("ssl")) {
            // JDBC's spelling, which libpq also accepts in URLs.
            if (value != QLatin1String("true")) {
                return invalid(
                    QStringLiteral("Bad value '%1' for ssl: only ssl=true (sslmode=require) is known")
                        .arg(value));
            }
            return set(QStringLiteral("sslmode"), QStringLiteral("require"));
        } else {
            return setOption(keyword, value);
        }
        return {};
    }

    static Status severalHosts()
    {
        return invalid(QStringLiteral("Several hosts in one database URL are not supported: give one host"));
    }

private:
    Status setOption(const QString& keyword, const QString& value)
    {
        if (!postgresOptionKeywords().contains(keyword))
            return invalid(QStringLiteral("Unknown PostgreSQL connection parameter '%1'").arg(keyword));
        const QStringList allowed = allowedValues(keyword);
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            return invalid(QStringLiteral("Bad value '%1' for %2: expected one of %3")
                               .arg(value, keyword, allowed.join(QLatin1String(", "))));
        }
        if (takesSeconds(keyword) && !isAllDigits(value)) {
            return invalid(
                QStringLiteral("Bad value '%1' for %2: expected a whole number").arg(value, keyword));
        }
        // QPSQL turns every ';' of the connect options into a separator, quoted or not.
        if (value.contains(u';')) {
            return invalid(
                QStringLiteral(
                    "The value of %1 cannot contain ';' (Qt's connect options use it as separator)")
                    .arg(keyword));
        }
        if (!m_url.connectOptions.isEmpty())
            m_url.connectOptions += u';';
        m_url.connectOptions += keyword + u'=' + quoteKeywordValue(value);
        return {};
    }

    DatabaseUrl& m_url;
    QStringList m_seen;
};

DatabaseUrl postgresDefaults()
{
    DatabaseUrl url;
    url.dialect = SqlDialect::Postgres;
    url.port = DatabaseUrl::defaultPostgresPort;
    return url;
}

Status parseQuery(QStringView query, PostgresParameters& parameters)
{
    for (QStringView part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0) {
            return invalid(
                QStringLiteral("Missing '=' in the database URL parameter '%1'").arg(part.toString()));
        }
        const Result<QString> keyword = percentDecode(part.first(equals));
        if (!keyword)
            return keyword.error();
        const Result<QString> value = percentDecode(part.sliced(equals + 1));
        if (!value)
            return value.error();
        if (Status status = parameters.set(*keyword, *value); !status) // not const: returned by move
            return status;
    }
    return {};
}

// postgres://[user[:password]@][host][:port][/dbname][?keyword=value&...], as libpq reads it.
Result<DatabaseUrl> parsePostgresUrl(QStringView text, qsizetype schemeLength)
{
    DatabaseUrl url = postgresDefaults();
    PostgresParameters parameters(url);
    QStringView rest = text.sliced(schemeLength);
    QStringView query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.first(slash);
        const Result<QString> databaseName = percentDecode(rest.sliced(slash + 1));
        if (!databaseName)
            return databaseName.error();
        url.databaseName = *databaseName;
    }
    // The last '@' ends the user info, so that an unencoded '@' in a password still works.
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        QStringView userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
        QStringView user = userInfo;
        if (const qsizetype colon = userInfo.indexOf(u':'); colon >= 0) {
            user = userInfo.first(colon);
            const Result<QString> password = percentDecode(userInfo.sliced(colon + 1));
            if (!password)
                return password.error();
            url.password = *password;
        }
        const Result<QString> decodedUser = percentDecode(user);
        if (!decodedUser)
            return decodedUser.error();
        url.user = *decodedUser;
    }
    if (authority.contains(u','))
        return PostgresParameters::severalHosts().error();
    QStringView host = authority;
    QStringView port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return invalid(QStringLiteral("Missing ']' after the IPv6 address in the database URL"));
        host = authority.sliced(1, close - 1);
        const QStringView afterHost = authority.sliced(close + 1);
        if (!afterHost.isEmpty() && !afterHost.startsWith(u':')) {
            return invalid(QStringLiteral("Unexpected '%1' after the IPv6 address in the database URL")
                               .arg(afterHost.toString()));
        }
        if (!afterHost.isEmpty())
            port = afterHost.sliced(1);
        if (host.isEmpty())
            return invalid(QStringLiteral("Empty IPv6 address in the database URL"));
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        if (authority.indexOf(u':', colon + 1) >= 0) {
            return invalid(QStringLiteral("IPv6 addresses in a database URL must be in brackets: [%1]")
                               .arg(authority.toString()));
        }
        host = authority.first(colon);
        port = authority.sliced(colon + 1);
    }
    const Result<QString> decodedHost = percentDecode(host);
    if (!decodedHost)
        return decodedHost.error();
    url.host = *decodedHost;
    if (!port.isNull()) {
        const Result<int> portNumber = parsePort(port);
        if (!portNumber)
            return portNumber.error();
        url.port = *portNumber;
    }
    // Parameters in the query take precedence over the parts before it, as in libpq.
    if (const Status status = parseQuery(query, parameters); !status)
        return status.error();
    return url;
}

Result<DatabaseUrl> parsePostgresKeywordValues(QStringView text)
{
    const Result<KeywordValues> pairs = parseKeywordValues(text);
    if (!pairs)
        return pairs.error();
    DatabaseUrl url = postgresDefaults();
    PostgresParameters parameters(url);
    for (const auto& [keyword, value] : *pairs) {
        if (const Status status = parameters.set(keyword, value); !status)
            return status.error();
    }
    return url;
}

Status setSqliteOption(DatabaseUrl& url, const QString& keyword, const QString& value)
{
    QString option;
    if (keyword == QLatin1String("mode")) {
        if (value == QLatin1String("ro")) {
            option = QStringLiteral("QSQLITE_OPEN_READONLY");
        } else if (value != QLatin1String("rw")) {
            return invalid(
                QStringLiteral("Bad value '%1' for the SQLite mode: expected ro or rw").arg(value));
        }
    } else if (keyword == QLatin1String("busy_timeout")) {
        if (!isAllDigits(value)) {
            return invalid(
                QStringLiteral("Bad value '%1' for busy_timeout: expected milliseconds as a whole number")
                    .arg(value));
        }
        option = QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + value;
    } else {
        return invalid(
            QStringLiteral("Unknown SQLite parameter '%1': known are mode and busy_timeout").arg(keyword));
    }
    if (!option.isEmpty()) {
        if (!url.connectOptions.isEmpty())
            url.connectOptions += u';';
        url.connectOptions += option;
    }
    return {};
}

DatabaseUrl sqliteFile(const QString& path)
{
    DatabaseUrl url;
    url.dialect = SqlDialect::Sqlite;
    url.databaseName = path;
    return url;
}

// sqlite:///absolute/path, sqlite:relative/path, sqlite::memory:, each with an optional
// ?mode=ro&busy_timeout=<ms>.
Result<DatabaseUrl> parseSqliteUrl(QStringView text, qsizetype schemeLength)
{
    QStringView rest = text.sliced(schemeLength);
    QStringView query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    if (rest.startsWith(QLatin1String("//"))) {
        rest = rest.sliced(2);
        const qsizetype slash = rest.indexOf(u'/');
        const QStringView host = slash < 0 ? rest : rest.first(slash);
        if (!host.isEmpty()) {
            return invalid(
                QStringLiteral("A SQLite URL names no host ('%1'): write sqlite:///absolute/path or "
                               "sqlite:relative/path")
                    .arg(host.toString()));
        }
    }
    const Result<QString> path = percentDecode(rest);
    if (!path)
        return path.error();
    if (path->isEmpty())
        return invalid(QStringLiteral("The SQLite URL names no file"));
    DatabaseUrl url = sqliteFile(*path);
    QStringList seen;
    for (QStringView part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0) {
            return invalid(
                QStringLiteral("Missing '=' in the database URL parameter '%1'").arg(part.toString()));
        }
        const QString keyword = part.first(equals).toString().toLower();
        if (seen.contains(keyword)) {
            return invalid(
                QStringLiteral("The parameter '%1' is given twice in the database URL").arg(keyword));
        }
        seen.append(keyword);
        const Result<QString> value = percentDecode(part.sliced(equals + 1));
        if (!value)
            return value.error();
        if (const Status status = setSqliteOption(url, keyword, *value); !status)
            return status.error();
    }
    return url;
}

bool startsWithScheme(QStringView text, QLatin1String scheme)
{
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

// The connect options back as keyword/value pairs (they were written by parse()).
KeywordValues connectOptionPairs(const QString& connectOptions)
{
    QString asKeywordValues = connectOptions;
    asKeywordValues.replace(u';', u' ');
    const Result<KeywordValues> pairs = parseKeywordValues(asKeywordValues);
    return pairs ? *pairs : KeywordValues{};
}

QString renderQuery(const QStringList& parameters)
{
    return parameters.isEmpty() ? QString() : u'?' + parameters.join(u'&');
}

QString renderPostgres(const DatabaseUrl& url, bool withSecrets)
{
    QString text = QStringLiteral("postgres://");
    if (!url.user.isEmpty() || (withSecrets && !url.password.isEmpty())) {
        text += percentEncode(url.user);
        if (withSecrets && !url.password.isEmpty())
            text += u':' + percentEncode(url.password);
        text += u'@';
    }
    if (url.host.contains(u':'))
        text += u'[' + percentEncode(url.host, ":") + u']';
    else
        text += percentEncode(url.host);
    if (url.port != DatabaseUrl::defaultPostgresPort && url.port > 0)
        text += u':' + QString::number(url.port);
    if (!url.databaseName.isEmpty())
        text += u'/' + percentEncode(url.databaseName);
    QStringList parameters;
    for (const auto& [keyword, value] : connectOptionPairs(url.connectOptions)) {
        if (withSecrets || !isSecret(keyword))
            parameters.append(keyword + u'=' + percentEncode(value));
    }
    return text + renderQuery(parameters);
}

QString renderSqlite(const DatabaseUrl& url)
{
    QStringList parameters;
    for (const QString& option : url.connectOptions.split(u';', Qt::SkipEmptyParts)) {
        if (option == QLatin1String("QSQLITE_OPEN_READONLY"))
            parameters.append(QStringLiteral("mode=ro"));
        else if (option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT=")))
            parameters.append(QStringLiteral("busy_timeout=") + option.section(u'=', 1));
    }
    if (url.databaseName == QLatin1String(":memory:"))
        return QStringLiteral("sqlite::memory:") + renderQuery(parameters);
    const QString path = percentEncode(url.databaseName, "/:");
    const QString prefix =
        url.databaseName.startsWith(u'/') ? QStringLiteral("sqlite://") : QStringLiteral("sqlite:");
    return prefix + path + renderQuery(parameters);
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QStringLiteral("The database URL is empty"));

    for (const QLatin1String scheme : {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (startsWithScheme(trimmed, scheme))
            return parsePostgresUrl(trimmed, scheme.size());
    }
    for (const QLatin1String scheme : {QLatin1String("postgresql:"), QLatin1String("postgres:")}) {
        if (startsWithScheme(trimmed, scheme)) {
            return invalid(QStringLiteral("A PostgreSQL URL starts with postgres:// (or postgresql://)"));
        }
    }
    if (startsWithScheme(trimmed, QLatin1String("sqlite:")))
        return parseSqliteUrl(trimmed, 7);

    static const QRegularExpression otherScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const QRegularExpressionMatch match = otherScheme.match(trimmed); match.hasMatch()) {
        return invalid(QStringLiteral("Unknown database URL scheme '%1': use postgres://, postgresql://, "
                                      "sqlite: or a file path")
                           .arg(match.captured(1)));
    }
    static const QRegularExpression keywordValue(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\s*="));
    if (keywordValue.match(trimmed).hasMatch())
        return parsePostgresKeywordValues(trimmed);

    return sqliteFile(trimmed);
}

QString DatabaseUrl::driverName() const
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

void DatabaseUrl::applyTo(QSqlDatabase& database) const
{
    database.setHostName(host);
    database.setPort(port);
    database.setDatabaseName(databaseName);
    database.setUserName(user);
    database.setPassword(password);
    database.setConnectOptions(connectOptions);
}

QString DatabaseUrl::toString() const
{
    return dialect == SqlDialect::Postgres ? renderPostgres(*this, true) : renderSqlite(*this);
}

QString DatabaseUrl::redacted() const
{
    return dialect == SqlDialect::Postgres ? renderPostgres(*this, false) : renderSqlite(*this);
}

} // namespace muster
