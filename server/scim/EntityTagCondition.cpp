#include "scim/EntityTagCondition.h"

#include "resource/Resource.h"

namespace muster {

EntityTagCondition EntityTagCondition::parse(const QByteArray& header)
{
    EntityTagCondition condition;
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return condition;
    condition.m_present = true;
    if (text == "*") {
        condition.m_any = true;
        return condition;
    }
    // Tags are quoted strings without commas inside, so splitting at commas is exact.
    for (const QByteArray& tag : text.split(',')) {
        if (const auto version = Resource::versionFromEtag(QString::fromLatin1(tag.trimmed())))
            condition.m_versions.append(*version);
    }
    return condition;
}

} // namespace muster
