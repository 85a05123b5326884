#pragma once

#include <QString>

namespace muster {

// The desktop app's preferences, kept in QSettings. Read once at start-up (store, language) or when
// the settings dialog is accepted (theme).
class AppSettings final {
public:
    enum class Theme { System, Light, Dark };

    // Where the directory is kept: "sqlite:<file>", a PostgreSQL URL, or empty for SQLite in the
    // user's data folder. A --store option or MUSTER_STORE wins over it.
    static QString store();
    static void setStore(const QString& location);

    static bool startServerOnLaunch();
    static void setStartServerOnLaunch(bool start);

    static Theme theme();
    static void setTheme(Theme theme);
    static QString themeKey(Theme theme); // "system", "light", "dark"

    // A language code such as "de" or "ja"; empty: the system's language.
    static QString language();
    static void setLanguage(const QString& code);
};

} // namespace muster
