#pragma once

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
};

} // namespace muster
