#pragma once

#include <QStringView>

#include <vector>

namespace muster {

// The texts of many entries in one buffer, in entry order once compacted: a pass over all of them reads
// memory in order, where 100,000 strings of their own lie scattered over the heap, each behind a header of
// its own. Entries are appended, erased and moved about through their spans (where each text lies); a text
// erased or replaced leaves its characters behind until compact() or, once they outnumber the live ones,
// append().
class TextColumn final {
public:
    struct Span {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    QStringView at(size_t entry) const
    {
        const Span& span = m_spans[entry];
        return QStringView(m_chars.data() + span.offset, span.length);
    }
    size_t size() const { return m_spans.size(); }
    void reserve(size_t entries, qsizetype chars);

    void append(QStringView text);
    // The characters of `entry`'s text are no longer used (before its span is erased or overwritten).
    void release(size_t entry) { m_garbage += m_spans[entry].length; }
    // Where each entry's text lies, to erase or reorder entries with the columns beside this one.
    std::vector<Span>& spans() { return m_spans; }
    // The live texts again in one piece, in entry order.
    void compact();

private:
    std::vector<char16_t> m_chars;
    std::vector<Span> m_spans;
    qsizetype m_garbage = 0;
};

} // namespace muster
