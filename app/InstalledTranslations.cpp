#include "InstalledTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace muster {

InstalledTranslations::InstalledTranslations(const QLocale& language)
{
    m_qtInstalled = m_qt.load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                    QCoreApplication::installTranslator(&m_qt);
    m_musterInstalled =
        m_muster.load(language, QStringLiteral("muster"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        QCoreApplication::installTranslator(&m_muster);
}

InstalledTranslations::~InstalledTranslations()
{
    if (m_musterInstalled)
        QCoreApplication::removeTranslator(&m_muster);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace muster
