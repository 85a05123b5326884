#pragma once

#include "directory/Directory.h"

#include <QObject>

#include <memory>
#include <optional>

namespace muster {

// Counts what a query matches off the GUI thread, for a table that shows its first rows before the
// count is known. One count runs at a time and starts once control is back in the event loop: a count
// asked for while another runs waits for it and replaces any count waiting before it, so that typing
// or a burst of writes does not pile up scans of 100,000 resources.
class MatchCounter final : public QObject {
    Q_OBJECT

public:
    explicit MatchCounter(std::shared_ptr<Directory> directory, QObject* parent = nullptr);
    ~MatchCounter() override;
    Q_DISABLE_COPY_MOVE(MatchCounter)

    // Counts `query` (its paging is ignored) in `tenant`; counted() or failed() follows with the ticket
    // returned, unless another count is asked for first.
    quint64 count(const QString& tenant, Query query);
    // Forgets the count asked for last: no answer follows for it.
    void cancel();

signals:
    void counted(quint64 ticket, qint64 total);
    void failed(quint64 ticket, const QString& message);

private:
    struct Request {
        quint64 ticket = 0;
        QString tenant;
        Query query;
    };
    void startNext();

    std::shared_ptr<Directory> m_directory;
    quint64 m_lastTicket = 0;
    std::optional<Request> m_waiting;
    bool m_running = false;
};

} // namespace muster
