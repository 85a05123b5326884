#include "settings/AppSettings.h"

#include <QSettings>

namespace muster {

namespace {

const QString StoreKey = QStringLiteral("directory/store");
const QString StartServerKey = QStringLiteral("server/startOnLaunch");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString LanguageKey = QStringLiteral("appearance/language");

} // namespace

QString AppSettings::store()
{
    return QSettings().value(StoreKey).toString();
}

void AppSettings::setStore(const QString& location)
{
    QSettings().setValue(StoreKey, location.trimmed());
}

bool AppSettings::startServerOnLaunch()
{
    return QSettings().value(StartServerKey, false).toBool();
}

void AppSettings::setStartServerOnLaunch(bool start)
{
    QSettings().setValue(StartServerKey, start);
}

AppSettings::Theme AppSettings::theme()
{
    const QString key = QSettings().value(ThemeKey).toString();
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        if (key == themeKey(theme))
            return theme;
    }
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    QSettings().setValue(ThemeKey, themeKey(theme));
}

QString AppSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(LanguageKey, code);
}

} // namespace muster
