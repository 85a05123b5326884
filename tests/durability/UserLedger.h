#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QRandomGenerator;

namespace muster::test {

// What the clients of a crash test were told about each user they wrote, and the check of the users a
// directory holds after a restart against it. A write answered with 2xx must be there; one that got no
// answer (in flight at the crash) may or may not be; nothing that was never sent may exist.
class UserLedger final {
public:
    enum class State {
        Creating, // POST sent, no answer yet
        Live,     // exists at `version`
        Patching, // PATCH sent to the user at `version`, no answer yet
        Deleting, // DELETE sent to the user at `version`, no answer yet
        Deleted,  // DELETE acknowledged: must stay gone
        Absent,   // POST refused, or never answered and not there after the restart: must never appear
    };
    struct Entry {
        QString userName;
        QString id;
        quint64 version = 0;
        State state = State::Creating;
        int acknowledgedRound = -1; // the round that acknowledged the last write to this user
    };
    // What a listing shows of a user.
    struct Listed {
        QString id;
        quint64 version = 0;
    };
    struct Reconciliation {
        QStringList problems;
        int inFlight = 0;        // writes without an answer when the server was killed
        int inFlightApplied = 0; // ... that the restarted server shows
    };

    // A new user about to be POSTed; its index.
    int beginCreate(const QString& userName);
    // A Live user not busy with another write, taken for a PATCH or DELETE (its state set accordingly);
    // nullopt when there is none.
    std::optional<int> beginChange(QRandomGenerator& random, State change);
    // A 2xx answer: the user is now `state` (Live or Deleted) at `version`.
    void acknowledge(int index, State state, const QString& id, quint64 version, int round);
    // An error answer: nothing was written.
    void refuse(int index);

    const Entry& entry(int index) const { return m_entries.at(index); }
    qsizetype size() const { return m_entries.size(); }

    // Compares the directory's users (by userName) after a restart with what was acknowledged, and
    // settles the writes that were in flight to what the directory shows.
    Reconciliation reconcile(const QHash<QString, Listed>& listing);

private:
    void makeIdle(int index);

    QList<Entry> m_entries;
    QHash<QString, int> m_byUserName;
    QList<int> m_idle; // Live users no write is in flight for
};

} // namespace muster::test
