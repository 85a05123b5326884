#include "store/sql/SqliteWalVfs.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace muster {

namespace {

constexpr const char* VfsName = "muster-wal";
constexpr int FrameHeaderSize = 24;
// Frames of a transaction too large to gather go out in pieces of about this size.
constexpr std::size_t MaxGathered = 1 << 20;
// The default VFS on Unix writes at most 128 KiB - 1 bytes per call (and reports a larger write as a full
// disk).
constexpr std::size_t MaxWrite = 1 << 16;

sqlite3_vfs* defaultVfs()
{
    static sqlite3_vfs* const vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

struct File {
    sqlite3_file base; // first: SQLite sees a File as a sqlite3_file
    sqlite3_file* real = nullptr;
    bool wal = false;
    std::vector<char> gathered;
    sqlite3_int64 gatheredAt = 0;
    bool commitFramePending = false; // the last write was the header of a commit frame
    // The first region of the wal-index (the database file's shared memory), once SQLite mapped it.
    const volatile unsigned char* walIndex = nullptr;
};

File* fileOf(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file);
}

int flush(File* file)
{
    if (file->gathered.empty())
        return SQLITE_OK;
    int code = SQLITE_OK;
    for (std::size_t done = 0; done < file->gathered.size() && code == SQLITE_OK; done += MaxWrite) {
        const std::size_t size = std::min(MaxWrite, file->gathered.size() - done);
        code = file->real->pMethods->xWrite(file->real, file->gathered.data() + done, int(size),
                                            file->gatheredAt + sqlite3_int64(done));
    }
    file->gathered.clear();
    return code;
}

// Every method but xWrite first puts gathered frames in the file, then forwards.
int fileClose(sqlite3_file* file)
{
    File* self = fileOf(file);
    const int flushed = flush(self);
    const int closed = self->real->pMethods->xClose(self->real);
    self->~File();
    return flushed != SQLITE_OK ? flushed : closed;
}

int fileRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    return self->real->pMethods->xRead(self->real, buffer, amount, offset);
}

int fileWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    File* self = fileOf(file);
    if (!self->wal)
        return self->real->pMethods->xWrite(self->real, buffer, amount, offset);
    if (!self->gathered.empty() && offset != self->gatheredAt + sqlite3_int64(self->gathered.size())) {
        if (const int code = flush(self); code != SQLITE_OK)
            return code;
    }
    if (self->gathered.empty())
        self->gatheredAt = offset;
    const auto* bytes = static_cast<const char*>(buffer);
    self->gathered.insert(self->gathered.end(), bytes, bytes + amount);
    if (self->commitFramePending) {
        // The commit frame's page: the transaction's frames are complete.
        self->commitFramePending = false;
        return flush(self);
    }
    // A frame header's second word is the database size after a commit, zero in other frames.
    if (amount == FrameHeaderSize)
        self->commitFramePending = std::memcmp(bytes + 4, "\0\0\0\0", 4) != 0;
    if (self->gathered.size() >= MaxGathered)
        return flush(self);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    return self->real->pMethods->xTruncate(self->real, size);
}

int fileSync(sqlite3_file* file, int flags)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    return self->real->pMethods->xSync(self->real, flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    return self->real->pMethods->xFileSize(self->real, size);
}

int fileLock(sqlite3_file* file, int level)
{
    return fileOf(file)->real->pMethods->xLock(fileOf(file)->real, level);
}

int fileUnlock(sqlite3_file* file, int level)
{
    return fileOf(file)->real->pMethods->xUnlock(fileOf(file)->real, level);
}

int fileCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return fileOf(file)->real->pMethods->xCheckReservedLock(fileOf(file)->real, reserved);
}

int fileControl(sqlite3_file* file, int op, void* argument)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    return self->real->pMethods->xFileControl(self->real, op, argument);
}

int fileSectorSize(sqlite3_file* file)
{
    return fileOf(file)->real->pMethods->xSectorSize(fileOf(file)->real);
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    return fileOf(file)->real->pMethods->xDeviceCharacteristics(fileOf(file)->real);
}

// The shared-memory and memory-map methods exist from versions 2 and 3 of a file's methods on: the default
// VFS has them all, but a file without them must not be asked.
bool hasVersion(sqlite3_file* file, int version)
{
    return fileOf(file)->real->pMethods->iVersion >= version;
}

int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory)
{
    if (!hasVersion(file, 2))
        return SQLITE_IOERR_SHMMAP;
    const int code = fileOf(file)->real->pMethods->xShmMap(fileOf(file)->real, region, size, extend, memory);
    if (code == SQLITE_OK && region == 0)
        fileOf(file)->walIndex = static_cast<const volatile unsigned char*>(*memory);
    return code;
}

int fileShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    if (!hasVersion(file, 2))
        return SQLITE_IOERR_SHMLOCK;
    return fileOf(file)->real->pMethods->xShmLock(fileOf(file)->real, offset, count, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    if (hasVersion(file, 2))
        fileOf(file)->real->pMethods->xShmBarrier(fileOf(file)->real);
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    if (!hasVersion(file, 2))
        return SQLITE_OK;
    fileOf(file)->walIndex = nullptr;
    return fileOf(file)->real->pMethods->xShmUnmap(fileOf(file)->real, deleteFlag);
}

int fileFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** page)
{
    File* self = fileOf(file);
    if (const int code = flush(self); code != SQLITE_OK)
        return code;
    if (!hasVersion(file, 3)) {
        *page = nullptr; // read it instead
        return SQLITE_OK;
    }
    return self->real->pMethods->xFetch(self->real, offset, amount, page);
}

int fileUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    if (!hasVersion(file, 3))
        return SQLITE_OK;
    return fileOf(file)->real->pMethods->xUnfetch(fileOf(file)->real, offset, page);
}

const sqlite3_io_methods Methods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

constexpr std::size_t RealOffset = (sizeof(File) + 15) & ~std::size_t(15);

sqlite3_vfs* realVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int vfsOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* real = realVfs(vfs);
    File* self = new (file) File;
    self->base.pMethods = nullptr;
    self->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + RealOffset);
    self->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const int code = real->xOpen(real, name, self->real, flags, outFlags);
    if (code != SQLITE_OK || !self->real->pMethods) {
        // SQLite calls no xClose on a file whose methods are null: the real file cleaned up after itself.
        self->~File();
        return code;
    }
    self->base.pMethods = &Methods;
    return SQLITE_OK;
}

// Calls the real VFS's method, which takes that VFS first.
template <auto Method, typename... Arguments>
auto callReal(sqlite3_vfs* vfs, Arguments... arguments)
{
    sqlite3_vfs* real = realVfs(vfs);
    return (real->*Method)(real, arguments...);
}

int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return callReal<&sqlite3_vfs::xDelete>(vfs, name, syncDir);
}

int vfsAccess(sqlite3_vfs* vfs, const char* name, int flags, int* result)
{
    return callReal<&sqlite3_vfs::xAccess>(vfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return callReal<&sqlite3_vfs::xFullPathname>(vfs, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return callReal<&sqlite3_vfs::xDlOpen>(vfs, name);
}

void vfsDlError(sqlite3_vfs* vfs, int size, char* message)
{
    callReal<&sqlite3_vfs::xDlError>(vfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return callReal<&sqlite3_vfs::xDlSym>(vfs, handle, symbol);
}

void vfsDlClose(sqlite3_vfs* vfs, void* handle)
{
    callReal<&sqlite3_vfs::xDlClose>(vfs, handle);
}

int vfsRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return callReal<&sqlite3_vfs::xRandomness>(vfs, size, out);
}

int vfsSleep(sqlite3_vfs* vfs, int micros)
{
    return callReal<&sqlite3_vfs::xSleep>(vfs, micros);
}

int vfsCurrentTime(sqlite3_vfs* vfs, double* now)
{
    return callReal<&sqlite3_vfs::xCurrentTime>(vfs, now);
}

int vfsGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return callReal<&sqlite3_vfs::xGetLastError>(vfs, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* now)
{
    return callReal<&sqlite3_vfs::xCurrentTimeInt64>(vfs, now);
}

} // namespace

std::optional<SqliteWalVfs::CommitMark> SqliteWalVfs::lastCommit(sqlite3_file* databaseFile)
{
    if (!databaseFile || databaseFile->pMethods != &Methods)
        return std::nullopt;
    const volatile unsigned char* index = fileOf(databaseFile)->walIndex;
    if (!index)
        return std::nullopt; // not in WAL mode, or no transaction yet
    // The header is kept twice: a writer updates the second copy, then the first. SQLite's readers read
    // the first, then the second, and take them only when equal; so does this. The shared memory is
    // page-aligned, so the header reads as whole words.
    constexpr std::size_t Words = sizeof(CommitMark) / sizeof(std::uint64_t);
    constexpr std::size_t IsInitOffset = 12;
    const auto* words = reinterpret_cast<const volatile std::uint64_t*>(index);
    std::array<std::uint64_t, Words> first;
    std::array<std::uint64_t, Words> second;
    for (std::size_t i = 0; i < Words; ++i)
        first[i] = words[i];
    std::atomic_thread_fence(std::memory_order_acquire);
    for (std::size_t i = 0; i < Words; ++i)
        second[i] = words[Words + i];
    CommitMark mark;
    std::memcpy(mark.data(), first.data(), sizeof(mark));
    if (first != second || mark[IsInitOffset] == 0)
        return std::nullopt; // a writer is in the middle of it, or the index is not built yet
    return mark;
}

const char* SqliteWalVfs::install()
{
    static sqlite3_vfs vfs;
    static std::once_flag registered;
    std::call_once(registered, [] {
        // Before SQLite initializes (defaultVfs() does): without the allocation statistics, which Muster
        // does not read, SQLite's allocations take no process-wide mutex, for which the worker threads'
        // reads would otherwise contend.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_vfs* real = defaultVfs();
        vfs.iVersion = 2;
        vfs.szOsFile = int(RealOffset) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = VfsName;
        vfs.pAppData = real;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        sqlite3_vfs_register(&vfs, 0);
    });
    return VfsName;
}

} // namespace muster
