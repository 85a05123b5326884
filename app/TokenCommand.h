#pragma once

#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace muster {

// `muster-server token create|list|revoke`: manages the bearer tokens that identity providers use.
// A created token is printed once; afterwards only its hash exists.
class TokenCommand final {
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    struct Arguments {
        QStringList positional; // after "token": the action and, for revoke, the id
        QString name;
        QString tenant;
        QString expires; // ISO 8601 date/time, or a number of days like "90d"
        QString user;    // user id for /Me
    };

    TokenCommand(TokenStore& tokens, QTextStream& out, QTextStream& err);

    // Exit code: 0 done, 1 refused by the store, 2 bad usage.
    int run(const Arguments& arguments);

private:
    int create(const Arguments& arguments);
    int list(const Arguments& arguments);
    int revoke(const Arguments& arguments);

    TokenStore& m_tokens;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace muster
