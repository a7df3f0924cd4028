#include "shell/translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lectern::ui {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::resolve(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString TranslationLoader::load(const QString& language)
{
    unload();
    const QString resolved = resolve(language);
    QLocale::setDefault(QLocale(resolved));

    m_lectern = std::make_unique<QTranslator>();
    if (m_lectern->load(QStringLiteral(":/i18n/lectern_") + resolved + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(m_lectern.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QLocale(resolved), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return resolved;
}

void TranslationLoader::unload()
{
    if (m_lectern)
        QCoreApplication::removeTranslator(m_lectern.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_lectern.reset();
    m_qt.reset();
}

} // namespace lectern::ui
