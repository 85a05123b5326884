#include "editor/CandidateSearch.h"

#include "query/FilterParser.h"

namespace muster {

namespace {

// A SCIM filter string literal (RFC 7644 §3.4.2.2 values are JSON strings).
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

bool isUserType(const QString& resourceType)
{
    return resourceType.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0;
}

} // namespace

CandidateSearch::CandidateSearch(std::shared_ptr<Directory> directory, QString tenant,
                                 QStringList resourceTypes, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_tenant(std::move(tenant))
    , m_resourceTypes(std::move(resourceTypes))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &CandidateSearch::searchNow);
}

void CandidateSearch::setText(const QString& text)
{
    m_text = text;
    m_timer.start();
}

Result<FilterPtr> CandidateSearch::filterFor(const QString& resourceType, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return FilterPtr();
    const QString value = quoted(trimmed);
    const QString filter = isUserType(resourceType)
                               ? QStringLiteral("userName co %1 or displayName co %1").arg(value)
                               : QStringLiteral("displayName co %1").arg(value);
    return FilterParser::parse(filter);
}

Candidate CandidateSearch::candidateFrom(const Resource& resource)
{
    Candidate candidate;
    candidate.resourceType = resource.resourceType;
    candidate.id = resource.id;
    const QString userName = resource.json.value(QStringLiteral("userName")).toString();
    const QString displayName = resource.json.value(QStringLiteral("displayName")).toString();
    candidate.label = displayName.isEmpty() ? (userName.isEmpty() ? resource.id : userName) : displayName;
    candidate.detail = userName;
    return candidate;
}

void CandidateSearch::searchNow()
{
    m_timer.stop();
    m_results.clear();
    m_error.clear();
    const OperationContext context{m_tenant, QString()};
    for (const QString& resourceType : std::as_const(m_resourceTypes)) {
        const int room = MaxResults - int(m_results.size());
        if (room <= 0)
            break;
        auto filter = filterFor(resourceType, m_text);
        if (!filter) {
            m_error = filter.error().detail;
            continue;
        }
        Query query;
        query.resourceType = resourceType;
        query.filter = *filter;
        auto sortPath = AttributePath::parse(isUserType(resourceType) ? u"userName" : u"displayName");
        if (sortPath)
            query.sort = SortSpec{*sortPath, SortOrder::Ascending};
        query.count = room;
        const auto found = m_directory->query(context, query);
        if (!found) {
            m_error = found.error().detail;
            continue;
        }
        for (const Resource& resource : found->resources)
            m_results.append(candidateFrom(resource));
    }
    emit resultsChanged();
}

} // namespace muster
