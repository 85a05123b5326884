#pragma once

#include <array>
#include <optional>

struct sqlite3_file;

namespace muster {

// A SQLite VFS over the system's default one that hands each transaction's WAL frames to the kernel in one
// write. SQLite writes every frame of a commit with two calls (its 24-byte header, then the page), so a
// create that changes ten pages made twenty pwrite calls, most of its time in the kernel. The frames of a
// transaction are contiguous in the WAL: they are gathered here and written when the commit frame's page
// arrives (or sooner, before anything else touches the file), so that SQLite's write of the commit returns
// only once every frame is with the kernel, and readers, which never look past the last commit, see what
// they saw before. Everything else goes to the default VFS unchanged, so that other processes share the
// database and its WAL as usual.
class SqliteWalVfs final {
public:
    SqliteWalVfs() = delete;

    // Registers the VFS (once per process, not as the default) and returns its name, for "?vfs=" in a URI
    // file name.
    static const char* install();

    // The wal-index header of a database in WAL mode: the change counter, frame count, salts and checksums
    // that every commit, by any connection of any process, rewrites. Two equal marks mean that no
    // transaction committed in between.
    using CommitMark = std::array<unsigned char, 48>;

    // The mark of the last commit, read from the shared memory of `databaseFile` (a database file opened
    // through this VFS) without a lock or a system call; nullopt when the file is not in WAL mode, its
    // wal-index is not mapped yet, or a writer is updating the header at this moment.
    static std::optional<CommitMark> lastCommit(sqlite3_file* databaseFile);
};

} // namespace muster
