#pragma once

#include "settings/AppSettings.h"

namespace muster {

// Light and dark looks on every platform: the Fusion style with an explicit palette (Qt 6.4 has no
// portable way to ask for the system's dark mode), or the platform's own style and palette for System.
class ThemeManager final {
public:
    static void apply(AppSettings::Theme theme);
};

} // namespace muster
