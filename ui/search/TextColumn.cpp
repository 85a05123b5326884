#include "search/TextColumn.h"

namespace muster {

void TextColumn::reserve(size_t entries, qsizetype chars)
{
    m_spans.reserve(entries);
    m_chars.reserve(size_t(chars));
}

void TextColumn::append(QStringView text)
{
    // Left-over characters are dropped once they are as many as the live ones: a rewrite costs no more
    // than the writes that left them.
    if (m_garbage > 4096 && m_garbage > qsizetype(m_chars.size()) / 2)
        compact();
    m_spans.push_back({qsizetype(m_chars.size()), text.size()});
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
}

void TextColumn::compact()
{
    std::vector<char16_t> chars;
    chars.reserve(m_chars.size() - size_t(m_garbage));
    for (Span& span : m_spans) {
        const auto first = m_chars.begin() + span.offset;
        span.offset = qsizetype(chars.size());
        chars.insert(chars.end(), first, first + span.length);
    }
    m_chars = std::move(chars);
    m_garbage = 0;
}

} // namespace muster
