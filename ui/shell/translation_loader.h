// Loads the embedded Lectern translations (and Qt's own, for standard dialogs) for a
// language, replacing whatever was loaded before.
#pragma once

#include <memory>

#include <QString>

class QTranslator;

namespace lectern::ui {

class TranslationLoader final {
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // language: "zh_CN", "en", or empty for the system locale. Languages Lectern has
    // no translation for fall back to English. Returns the language actually used.
    QString load(const QString& language);

    [[nodiscard]] static QString resolve(const QString& language);

private:
    void unload();

    std::unique_ptr<QTranslator> m_lectern;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace lectern::ui
