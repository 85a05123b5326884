#pragma once

#include "auth/MemoryTokenStore.h"

#include <QDateTime>
#include <QMutex>

#include <atomic>
#include <memory>

namespace muster {

// Tokens in a JSON file (hashes only, readable by its owner alone), so that `muster-server token
// create` in one process and a running server in another share them: the server notices a changed
// file within a second, which is how a new token starts working and a revoked one stops.
class FileTokenStore final : public MemoryTokenStore {
public:
    // Loads the file, or starts empty when it does not exist yet (it is written on the first change).
    // invalidSyntax naming the file when it is not a token file.
    static Result<std::shared_ptr<FileTokenStore>> open(const QString& path);

    QList<ApiToken> list(const QString& tenant = QString()) const override;
    std::optional<ApiToken> authenticate(const QByteArray& secret) override;

    const QString& path() const { return m_path; }

protected:
    Status changed() override;

private:
    explicit FileTokenStore(QString path);
    Status load();
    void rememberFile();
    void reloadIfChanged() const;

    QString m_path;
    // What the tokens in memory were read from or written to. Locked after m_lock, never before it.
    mutable QMutex m_fileMutex;
    mutable QDateTime m_loadedModified;
    mutable qint64 m_loadedSize = -1;
    mutable std::atomic<qint64> m_lastCheckMs{0};
};

} // namespace muster
