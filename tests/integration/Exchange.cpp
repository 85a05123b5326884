#include "Exchange.h"

namespace muster::test {

Exchange Exchange::make(const QByteArray& method, const QString& target, const QByteArray& body)
{
    Exchange exchange;
    exchange.method = method;
    exchange.target = target;
    exchange.body = body;
    return exchange;
}

Exchange& Exchange::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

Exchange& Exchange::sentRaw()
{
    raw = true;
    return *this;
}

Exchange& Exchange::expect(int expectedStatus, const QStringList& expectedChecks)
{
    status = expectedStatus;
    checks += expectedChecks;
    return *this;
}

Exchange& Exchange::error(int expectedStatus, const QString& expectedScimType,
                          const QStringList& expectedChecks)
{
    status = expectedStatus;
    scimType = expectedScimType;
    checks += expectedChecks;
    return *this;
}

Exchange& Exchange::capture(const QString& name, const QString& path)
{
    captures.append({name, path});
    return *this;
}

} // namespace muster::test
