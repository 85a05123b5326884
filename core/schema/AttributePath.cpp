#include "schema/AttributePath.h"

#include "query/CaseFolding.h"

namespace muster {

namespace {

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "urn:" in any case; every path of a filter is tested, so without QStringView::startsWith's general case.
bool startsWithUrnScheme(QStringView text)
{
    return text.size() >= 4 && equalIgnoringCase(text.first(4), u"urn:");
}

// ATTRNAME = ALPHA *(nameChar), RFC 7643 §2.1; "$ref" is the one name outside that grammar
// (members.$ref, manager.$ref).
bool isAttributeName(QStringView name)
{
    if (equalIgnoringCase(name, u"$ref"))
        return true;
    if (name.isEmpty() || !isAlpha(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

// "urn:" NID ":" NSS, RFC 8141, limited to the characters that cannot end a path inside a filter
// (no whitespace, quotes, brackets or parentheses) and with no empty ':'-separated segment.
bool isSchemaUrn(QStringView urn)
{
    if (urn.size() < 6 || !startsWithUrnScheme(urn))
        return false;
    static constexpr QStringView Allowed = u"-._~+=@!$,;*'%/?#&";
    qsizetype segmentLength = 0;
    int segments = 0;
    for (QChar c : urn) {
        if (c == u':') {
            if (segmentLength == 0)
                return false;
            ++segments;
            segmentLength = 0;
            continue;
        }
        if (!isAlpha(c) && !isDigit(c) && !Allowed.contains(c))
            return false;
        ++segmentLength;
    }
    // "urn", the namespace identifier and at least one more segment.
    return segmentLength > 0 && segments >= 2;
}

ScimError invalidPath(QStringView text, const QString& reason)
{
    return ScimError::badRequest(ScimType::InvalidPath,
                                 QStringLiteral("Invalid attribute path \"%1\": %2").arg(text, reason));
}

} // namespace

QString AttributePath::toString() const
{
    QString text;
    if (!schemaUrn.isEmpty()) {
        text = schemaUrn;
        if (!attribute.isEmpty())
            text += u':';
    }
    text += attribute;
    if (!subAttribute.isEmpty())
        text += u'.' + subAttribute;
    return text;
}

Result<AttributePath> AttributePath::parse(QStringView text)
{
    if (text.isEmpty())
        return invalidPath(text, QStringLiteral("the path is empty"));

    AttributePath path;
    QStringView rest = text;
    if (startsWithUrnScheme(text)) {
        // URNs contain '.' ("2.0") and ':' themselves; the attribute follows the last ':'.
        const qsizetype colon = text.lastIndexOf(u':');
        const QStringView urn = text.left(colon);
        if (!isSchemaUrn(urn))
            return invalidPath(text, QStringLiteral("\"%1\" is not a schema URN").arg(urn));
        path.schemaUrn = urn.toString();
        rest = text.mid(colon + 1);
    }

    const qsizetype dot = rest.indexOf(u'.');
    const QStringView attribute = dot < 0 ? rest : rest.left(dot);
    if (!isAttributeName(attribute))
        return invalidPath(text, attribute.isEmpty()
                                     ? QStringLiteral("an attribute name is missing")
                                     : QStringLiteral("\"%1\" is not an attribute name").arg(attribute));
    path.attribute = attribute.toString();
    if (dot >= 0) {
        const QStringView sub = rest.mid(dot + 1);
        if (!isAttributeName(sub))
            return invalidPath(text, sub.isEmpty()
                                         ? QStringLiteral("a sub-attribute name is missing after \".\"")
                                         : QStringLiteral("\"%1\" is not a sub-attribute name").arg(sub));
        path.subAttribute = sub.toString();
    }
    return path;
}

} // namespace muster
