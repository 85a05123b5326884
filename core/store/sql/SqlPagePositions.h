#pragma once

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace muster {

// What one SQLite connection learned about the lists it read, for as long as the database stays as it
// was: the number of resources a list's conditions match, and where its pages start in id order. Paging
// through a large directory otherwise costs a COUNT(*) over every match and an OFFSET walk over every
// row before the page on each request, which is most of a page's cost at 10,000 users and grows with
// the directory.
//
// Valid for one state only: the caller passes the database's state (PRAGMA data_version, which moves
// when another connection commits, with the changes this connection made) before each use, inside the
// read transaction the list is read in, and everything learned under another state is forgotten.
class SqlPagePositions final {
public:
    struct State {
        qint64 dataVersion = -1;
        qint64 ownChanges = -1;
        bool operator==(const State&) const = default;
    };
    struct Position {
        qint64 offset = 0;
        QString id; // the resource at `offset` in id order
    };

    // Forgets everything when `state` differs from the state the positions were learned in.
    void follow(const State& state);
    // Forgets everything: for changes that neither state tells, such as a backup restored through the
    // same connection.
    void forget();

    std::optional<qint64> count(const QString& list) const;
    void rememberCount(const QString& list, qint64 count);

    // The known position at or before `offset` that is nearest to it.
    std::optional<Position> startBefore(const QString& list, qint64 offset) const;
    void rememberStart(const QString& list, const Position& position);

private:
    struct Known {
        std::optional<qint64> count;
        QMap<qint64, QString> starts; // offset -> id
    };
    Known& known(const QString& list);

    State m_state;
    QHash<QString, Known> m_lists;
};

} // namespace muster
