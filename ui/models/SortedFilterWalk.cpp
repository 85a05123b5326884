#include "models/SortedFilterWalk.h"

namespace muster {

namespace {

// Resources examined per page read at most: a filter that matches one resource in 20 still fills a page
// of 100; below that the store's own scan is the better bet.
constexpr qsizetype Budget = 2000;
// Ids taken from the order at a time (each step sorts only these).
constexpr qsizetype Step = 256;

} // namespace

SortedFilterWalk::SortedFilterWalk(std::shared_ptr<Directory> directory, QString tenant, QString resourceType,
                                   CompiledFilter filter, SearchMatches order)
    : m_directory(std::move(directory))
    , m_tenant(std::move(tenant))
    , m_resourceType(std::move(resourceType))
    , m_filter(std::move(filter))
    , m_order(std::move(order))
{}

std::optional<QList<Resource>> SortedFilterWalk::page(qsizetype begin, qsizetype count)
{
    // One match past the page tells whether more follow.
    const qsizetype wanted = begin + count + 1;
    qsizetype examined = 0;
    while (m_found.size() < wanted && m_position < m_order.size()) {
        if (examined >= Budget)
            return std::nullopt;
        const QStringList ids = m_order.ids(m_position, std::min(Step, Budget - examined));
        for (const QString& id : ids) {
            // Tested as stored (a group with its members), as the store's own filter does.
            const std::optional<Resource> stored = m_directory->store().get(m_tenant, m_resourceType, id);
            if (stored && m_filter.matches(stored->json))
                m_found.append(id);
        }
        m_position += ids.size();
        examined += ids.size();
    }
    QList<Resource> resources;
    const OperationContext context{m_tenant, QString()};
    for (qsizetype i = begin; i < std::min(begin + count, m_found.size()); ++i) {
        auto resource = m_directory->get(context, m_resourceType, m_found.at(i));
        if (resource)
            resources.append(std::move(*resource));
    }
    return resources;
}

bool SortedFilterWalk::matchesPast(qsizetype end) const
{
    return m_found.size() > end;
}

std::optional<qsizetype> SortedFilterWalk::total() const
{
    return m_position >= m_order.size() ? std::optional<qsizetype>(m_found.size()) : std::nullopt;
}

} // namespace muster
