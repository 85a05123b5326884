#pragma once

#include "directory/Directory.h"
#include "editor/Candidate.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace muster {

// Search-as-you-type over users and/or groups: the text is applied a moment after the last key,
// through Directory::query with "userName co ... or displayName co ..." (groups: displayName), sorted
// by name, at most MaxResults in all.
class CandidateSearch final : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxResults = 50;
    static constexpr int DelayMs = 250;

    CandidateSearch(std::shared_ptr<Directory> directory, QString tenant, QStringList resourceTypes,
                    QObject* parent = nullptr);

    // Searches for `text` after DelayMs (each call restarts the wait).
    void setText(const QString& text);
    // Searches now for the last text given.
    void searchNow();
    bool isPending() const { return m_timer.isActive(); }

    const QList<Candidate>& results() const { return m_results; }
    // The query's error, if the last search failed.
    const QString& error() const { return m_error; }

    // The filter for `text` on a resource type (null for empty text: everything).
    static Result<FilterPtr> filterFor(const QString& resourceType, const QString& text);
    static Candidate candidateFrom(const Resource& resource);

signals:
    void resultsChanged();

private:
    std::shared_ptr<Directory> m_directory;
    QString m_tenant;
    QStringList m_resourceTypes;
    QString m_text;
    QList<Candidate> m_results;
    QString m_error;
    QTimer m_timer;
};

} // namespace muster
