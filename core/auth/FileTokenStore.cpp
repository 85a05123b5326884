#include "auth/FileTokenStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace muster {

namespace {

constexpr int FileVersion = 1;
constexpr qint64 ReloadCheckIntervalMs = 1000;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

QJsonObject toJson(const ApiToken& token)
{
    QJsonObject json{{QStringLiteral("id"), token.id},
                     {QStringLiteral("name"), token.name},
                     {QStringLiteral("tenant"), token.tenant},
                     {QStringLiteral("sha256"), QString::fromLatin1(token.hash.toHex())},
                     {QStringLiteral("created"), token.created.toString(Qt::ISODateWithMs)}};
    if (!token.userId.isEmpty())
        json.insert(QStringLiteral("userId"), token.userId);
    if (token.expires)
        json.insert(QStringLiteral("expires"), token.expires->toString(Qt::ISODateWithMs));
    if (token.lastUsed)
        json.insert(QStringLiteral("lastUsed"), token.lastUsed->toString(Qt::ISODateWithMs));
    return json;
}

std::optional<QDateTime> dateTimeIn(const QJsonObject& json, const QString& key)
{
    if (!json.contains(key))
        return std::nullopt;
    QDateTime value = QDateTime::fromString(json.value(key).toString(), Qt::ISODateWithMs);
    if (!value.isValid())
        return std::nullopt;
    return value.toUTC();
}

} // namespace

FileTokenStore::FileTokenStore(QString path)
    : m_path(std::move(path))
{}

Result<std::shared_ptr<FileTokenStore>> FileTokenStore::open(const QString& path)
{
    std::shared_ptr<FileTokenStore> store(new FileTokenStore(QFileInfo(path).absoluteFilePath()));
    if (Status loaded = store->load(); !loaded)
        return loaded.error();
    return store;
}

Status FileTokenStore::load()
{
    QFile file(m_path);
    if (!file.exists()) {
        resetTokens({});
        rememberFile();
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return ScimError::internal(
            QStringLiteral("Cannot read the token file %1: %2").arg(m_path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !root.value(QStringLiteral("tokens")).isArray()) {
        return ScimError::badRequest(ScimType::InvalidSyntax,
                                     QStringLiteral("%1 is not a Muster token file (%2)")
                                         .arg(m_path, error.error != QJsonParseError::NoError
                                                          ? error.errorString()
                                                          : QStringLiteral("no \"tokens\" array")));
    }
    QList<ApiToken> tokens;
    for (const QJsonValue value : root.value(QStringLiteral("tokens")).toArray()) {
        const QJsonObject json = value.toObject();
        ApiToken token;
        token.id = json.value(QStringLiteral("id")).toString();
        token.name = json.value(QStringLiteral("name")).toString();
        token.tenant = json.value(QStringLiteral("tenant")).toString();
        token.userId = json.value(QStringLiteral("userId")).toString();
        token.hash = QByteArray::fromHex(json.value(QStringLiteral("sha256")).toString().toLatin1());
        token.created = dateTimeIn(json, QStringLiteral("created")).value_or(QDateTime());
        token.expires = dateTimeIn(json, QStringLiteral("expires"));
        token.lastUsed = dateTimeIn(json, QStringLiteral("lastUsed"));
        if (token.id.isEmpty() || token.tenant.isEmpty() || token.hash.size() != 32) {
            return ScimError::badRequest(
                ScimType::InvalidSyntax,
                QStringLiteral("%1: a token entry lacks its id, tenant or sha256").arg(m_path));
        }
        tokens.append(token);
    }
    resetTokens(tokens);
    rememberFile();
    return {};
}

void FileTokenStore::rememberFile()
{
    const QFileInfo info(m_path);
    QMutexLocker locker(&m_fileMutex);
    m_loadedModified = info.exists() ? info.lastModified() : QDateTime();
    m_loadedSize = info.exists() ? info.size() : -1;
}

void FileTokenStore::reloadIfChanged() const
{
    const qint64 now = monotonicMs();
    qint64 last = m_lastCheckMs.load(std::memory_order_relaxed);
    if (now - last < ReloadCheckIntervalMs ||
        !m_lastCheckMs.compare_exchange_strong(last, now, std::memory_order_relaxed)) {
        return;
    }
    const QFileInfo info(m_path);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    {
        QMutexLocker locker(&m_fileMutex);
        if (modified == m_loadedModified && size == m_loadedSize)
            return;
    }
    // A file that cannot be read now (being replaced, say) keeps the tokens already known.
    (void)const_cast<FileTokenStore*>(this)->load();
}

QList<ApiToken> FileTokenStore::list(const QString& tenant) const
{
    reloadIfChanged();
    return MemoryTokenStore::list(tenant);
}

std::optional<ApiToken> FileTokenStore::authenticate(const QByteArray& secret)
{
    reloadIfChanged();
    return MemoryTokenStore::authenticate(secret);
}

Status FileTokenStore::changed()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray tokens;
    for (const ApiToken& token : snapshotLocked())
        tokens.append(toJson(token));
    const QJsonObject root{{QStringLiteral("version"), FileVersion}, {QStringLiteral("tokens"), tokens}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ScimError::internal(
            QStringLiteral("Cannot write the token file %1: %2").arg(m_path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return ScimError::internal(
            QStringLiteral("Cannot write the token file %1: %2").arg(m_path, file.errorString()));
    }
    rememberFile();
    return {};
}

} // namespace muster
