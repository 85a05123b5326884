#pragma once

#include <QLocale>
#include <QTranslator>

namespace muster {

// Muster's translation (embedded under ":/i18n") and Qt's own (standard buttons, command-line help) for
// one language, installed into the application for as long as this object lives. Both programs use it.
class InstalledTranslations final {
public:
    explicit InstalledTranslations(const QLocale& language);
    ~InstalledTranslations();
    Q_DISABLE_COPY_MOVE(InstalledTranslations)

    // Whether Muster's own strings are translated (false for English, or a language Muster lacks).
    bool hasMuster() const { return m_musterInstalled; }

private:
    QTranslator m_qt;
    QTranslator m_muster;
    bool m_qtInstalled = false;
    bool m_musterInstalled = false;
};

} // namespace muster
