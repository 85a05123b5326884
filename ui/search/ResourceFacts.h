#pragma once

#include "search/FilterTerms.h"

#include <QHash>
#include <QJsonObject>

#include <array>
#include <limits>
#include <vector>

namespace muster {

// What a SearchIndex holds of each resource for the comparisons of a filter that are not on strings
// (FilterTerms::Fact), read from its JSON as CompiledFilter reads it, so that each is decided exactly: which
// attributes and sub-attributes have a value (`pr`), which boolean ones hold true and which false, and the
// instant of each single-valued dateTime (meta.created, meta.lastModified). A few bits and two numbers a
// resource. Attributes beyond the room of Values are not held; numbers are not held.
class ResourceFacts final {
public:
    static constexpr int MaxBits = 192;
    static constexpr int MaxInstants = 2;
    // An instant when no value is a dateTime (every comparison fails), or when several are (any may pass).
    static constexpr qint64 NoInstant = std::numeric_limits<qint64>::min();
    static constexpr qint64 SeveralInstants = NoInstant + 1;

    struct Values {
        std::array<quint64, MaxBits / 64> bits{}; // per attribute: present; a boolean's: holds true, false
        std::array<qint64, MaxInstants> instants{NoInstant, NoInstant};

        bool bit(int index) const { return bits[size_t(index / 64)] >> (index % 64) & 1; }
    };

    ResourceFacts() = default;
    // Every attribute and sub-attribute of the type (core, common and extensions'), but password, a group's
    // members and a user's groups, as far as Values has room.
    ResourceFacts(const SchemaRegistry& registry, const QString& resourceType);

    const FilterTerms::HeldFacts& held() const { return m_held; }
    // The attributes to read from the store (an extension's after its URN).
    QStringList projection() const;
    Values of(const QJsonObject& json) const;

    // Where Values holds what a fact tests (its bit or its instant); -1 when it is not held.
    int slotOf(const FilterTerms::Fact& fact) const;

private:
    // Where Values holds the facts of one attribute or sub-attribute (-1: not held).
    struct Places {
        int present = -1;
        int boolean = -1; // its bit for true; the next one for false
        int instant = -1;
    };
    // An attribute, found in the JSON as CompiledFilter finds it: json[extension][attribute].
    struct Top {
        QString extension;
        QString attribute;
        Places places;
        QHash<QString, Places> subAttributes; // by their exact name, as the JSON has them
    };

    Places add(const QString& name, AttributeType type, bool multiValued);
    void read(const Top& top, const QJsonValue& value, Values& values) const;
    static void readValues(const Places& places, const QJsonValue& value, Values& values);

    std::vector<Top> m_tops;
    QHash<QString, int> m_topByKey;                       // core and common attributes
    QHash<QString, QHash<QString, int>> m_topByExtension; // an extension's attributes, by its URN
    QHash<QString, Places> m_placesByName;                // as FilterTerms spells the attributes
    int m_bits = 0;
    int m_instants = 0;
    FilterTerms::HeldFacts m_held;
};

} // namespace muster
