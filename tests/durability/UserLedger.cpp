#include "UserLedger.h"

#include <QRandomGenerator>

namespace muster::test {

int UserLedger::beginCreate(const QString& userName)
{
    Entry entry;
    entry.userName = userName;
    m_entries.append(entry);
    const int index = int(m_entries.size() - 1);
    m_byUserName.insert(userName, index);
    return index;
}

std::optional<int> UserLedger::beginChange(QRandomGenerator& random, State change)
{
    if (m_idle.isEmpty())
        return std::nullopt;
    const qsizetype slot = random.bounded(m_idle.size());
    const int index = m_idle.at(slot);
    m_idle[slot] = m_idle.last();
    m_idle.removeLast();
    m_entries[index].state = change;
    return index;
}

void UserLedger::acknowledge(int index, State state, const QString& id, quint64 version, int round)
{
    Entry& entry = m_entries[index];
    entry.state = state;
    entry.id = id;
    entry.version = version;
    entry.acknowledgedRound = round;
    if (state == State::Live)
        makeIdle(index);
}

void UserLedger::refuse(int index)
{
    Entry& entry = m_entries[index];
    if (entry.state == State::Creating) {
        entry.state = State::Absent;
    } else {
        entry.state = State::Live;
        makeIdle(index);
    }
}

void UserLedger::makeIdle(int index)
{
    m_idle.append(index);
}

UserLedger::Reconciliation UserLedger::reconcile(const QHash<QString, Listed>& listing)
{
    Reconciliation result;
    const auto describe = [](const Entry& entry) {
        return QStringLiteral("%1 (id %2, acknowledged version %3 in round %4)")
            .arg(entry.userName, entry.id.isEmpty() ? QStringLiteral("-") : entry.id)
            .arg(entry.version)
            .arg(entry.acknowledgedRound);
    };
    for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
        if (!m_byUserName.contains(it.key()))
            result.problems.append(
                QStringLiteral("%1 (id %2) exists but was never sent").arg(it.key(), it.value().id));
    }

    m_idle.clear();
    for (int index = 0; index < m_entries.size(); ++index) {
        Entry& entry = m_entries[index];
        const auto found = listing.constFind(entry.userName);
        const std::optional<Listed> listed =
            found == listing.cend() ? std::nullopt : std::optional<Listed>(found.value());
        switch (entry.state) {
        case State::Live:
            if (!listed)
                result.problems.append(
                    QStringLiteral("acknowledged user %1 is missing").arg(describe(entry)));
            else if (listed->id != entry.id || listed->version != entry.version)
                result.problems.append(QStringLiteral("acknowledged user %1 is there as id %2 version %3")
                                           .arg(describe(entry), listed->id)
                                           .arg(listed->version));
            break;
        case State::Deleted:
            if (listed)
                result.problems.append(
                    QStringLiteral("user %1 whose delete was acknowledged is back").arg(describe(entry)));
            break;
        case State::Absent:
            if (listed)
                result.problems.append(
                    QStringLiteral("user %1, refused or found absent before, exists as id %2")
                        .arg(entry.userName, listed->id));
            break;
        case State::Creating:
            ++result.inFlight;
            if (listed) {
                ++result.inFlightApplied;
                if (listed->version != 1)
                    result.problems.append(QStringLiteral("user %1, created unanswered, has version %2")
                                               .arg(entry.userName)
                                               .arg(listed->version));
                entry.id = listed->id;
                entry.version = listed->version;
                entry.state = State::Live;
            } else {
                entry.state = State::Absent;
            }
            break;
        case State::Patching:
            ++result.inFlight;
            if (!listed || listed->id != entry.id ||
                (listed->version != entry.version && listed->version != entry.version + 1)) {
                result.problems.append(
                    QStringLiteral("user %1, patched unanswered, is %2")
                        .arg(describe(entry), listed ? QStringLiteral("there as id %1 version %2")
                                                           .arg(listed->id)
                                                           .arg(listed->version)
                                                     : QStringLiteral("missing")));
            } else {
                result.inFlightApplied += listed->version != entry.version ? 1 : 0;
                entry.version = listed->version;
            }
            entry.state = State::Live;
            break;
        case State::Deleting:
            ++result.inFlight;
            if (!listed) {
                ++result.inFlightApplied;
                entry.state = State::Deleted;
            } else if (listed->id != entry.id || listed->version != entry.version) {
                result.problems.append(
                    QStringLiteral("user %1, deleted unanswered, is there as id %2 version %3")
                        .arg(describe(entry), listed->id)
                        .arg(listed->version));
                entry.state = State::Live;
            } else {
                entry.state = State::Live;
            }
            break;
        }
        if (entry.state == State::Live && listed)
            makeIdle(index);
    }
    return result;
}

} // namespace muster::test
