#include "TokenCommand.h"

#include "store/ResourceStore.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace muster {

namespace {

// "90d", "2027-01-31" or "2027-01-31T12:00:00Z"; nullopt with `ok` false when it is none of them.
std::optional<QDateTime> parseExpiry(const QString& text, bool& ok)
{
    ok = true;
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression days(QStringLiteral("^(\\d{1,5})d$"));
    if (const auto match = days.match(text); match.hasMatch())
        return QDateTime::currentDateTimeUtc().addDays(match.captured(1).toInt());
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    ok = when.isValid();
    return ok ? std::optional<QDateTime>(when.toUTC()) : std::nullopt;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

TokenCommand::TokenCommand(TokenStore& tokens, QTextStream& out, QTextStream& err)
    : m_tokens(tokens)
    , m_out(out)
    , m_err(err)
{}

int TokenCommand::run(const Arguments& arguments)
{
    const QString action = arguments.positional.value(0);
    if (action == QLatin1String("create"))
        return create(arguments);
    if (action == QLatin1String("list"))
        return list(arguments);
    if (action == QLatin1String("revoke"))
        return revoke(arguments);
    m_err << tr("Usage: muster-server token create --name <name> [--tenant <tenant>] [--expires <90d|date>]\n"
                "       muster-server token list [--tenant <tenant>]\n"
                "       muster-server token revoke <id>")
          << Qt::endl;
    return 2;
}

int TokenCommand::create(const Arguments& arguments)
{
    if (arguments.name.isEmpty()) {
        m_err << tr("A token needs a name: --name \"Entra ID\"") << Qt::endl;
        return 2;
    }
    bool expiryOk = true;
    const std::optional<QDateTime> expires = parseExpiry(arguments.expires, expiryOk);
    if (!expiryOk) {
        m_err << tr("--expires takes a number of days like 90d, or a date like 2027-01-31") << Qt::endl;
        return 2;
    }
    const QString tenant = arguments.tenant.isEmpty() ? ResourceStore::DefaultTenant : arguments.tenant;
    const auto created = m_tokens.create(arguments.name, tenant, expires, arguments.user);
    if (!created) {
        m_err << created.error().detail << Qt::endl;
        return 1;
    }
    m_out << tr("Token \"%1\" for tenant \"%2\" (id %3):").arg(created->token.name, tenant, created->token.id)
          << Qt::endl
          << created->secret << Qt::endl
          << tr("It is shown only now: store it in your identity provider.") << Qt::endl;
    return 0;
}

int TokenCommand::list(const Arguments& arguments)
{
    const QList<ApiToken> tokens = m_tokens.list(arguments.tenant);
    if (tokens.isEmpty()) {
        m_out << tr("No tokens.") << Qt::endl;
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_out << tr("id\tname\ttenant\tcreated\texpires\tlast used") << Qt::endl;
    for (const ApiToken& token : tokens) {
        QString expires = token.expires ? token.expires->toString(Qt::ISODate) : QString();
        if (token.isExpired(now))
            expires += tr(" (expired)");
        m_out << token.id << '\t' << token.name << '\t' << token.tenant << '\t'
              << token.created.toString(Qt::ISODate) << '\t' << orDash(expires) << '\t'
              << orDash(token.lastUsed ? token.lastUsed->toString(Qt::ISODate) : QString()) << Qt::endl;
    }
    return 0;
}

int TokenCommand::revoke(const Arguments& arguments)
{
    const QString id = arguments.positional.value(1);
    if (id.isEmpty()) {
        m_err << tr("Which token? muster-server token revoke <id> (see token list)") << Qt::endl;
        return 2;
    }
    if (const Status revoked = m_tokens.revoke(id); !revoked) {
        m_err << revoked.error().detail << Qt::endl;
        return 1;
    }
    m_out << tr("Token %1 revoked.").arg(id) << Qt::endl;
    return 0;
}

} // namespace muster
