#include "models/MatchCounter.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace muster {

namespace {

struct Counted {
    qint64 total = 0;
    QString error; // empty when counted
};

} // namespace

MatchCounter::MatchCounter(std::shared_ptr<Directory> directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

MatchCounter::~MatchCounter() = default;

quint64 MatchCounter::count(const QString& tenant, Query query)
{
    query.startIndex = 1;
    query.count = 0; // the total only: no page, no sort
    query.sort.reset();
    query.countTotal = true;
    m_waiting = Request{++m_lastTicket, tenant, std::move(query)};
    if (!m_running)
        QTimer::singleShot(0, this, &MatchCounter::startNext);
    return m_lastTicket;
}

void MatchCounter::cancel()
{
    m_waiting.reset();
    ++m_lastTicket; // a running count's answer is for an older ticket now
}

void MatchCounter::startNext()
{
    if (m_running || !m_waiting)
        return;
    const Request request = *std::exchange(m_waiting, std::nullopt);
    m_running = true;
    auto* watcher = new QFutureWatcher<Counted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket = request.ticket] {
        watcher->deleteLater();
        m_running = false;
        const Counted answer = watcher->result();
        if (ticket == m_lastTicket) {
            if (answer.error.isEmpty())
                emit counted(ticket, answer.total);
            else
                emit failed(ticket, answer.error);
        }
        startNext();
    });
    watcher->setFuture(QtConcurrent::run([directory = m_directory, request] {
        const Result<QueryResult> result = directory->query({request.tenant, QString()}, request.query);
        return result ? Counted{result->totalResults, QString()} : Counted{0, result.error().detail};
    }));
}

} // namespace muster
