#include "shell/startup_error.h"

#include <QCoreApplication>
#include <QMessageBox>

#include "text/catalog_text.h"

namespace lectern::ui {

void showStartupError(QWidget* parent, const Error& error, const QString& dataDir)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("startupErrorDialog"));
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(QCoreApplication::translate("StartupError", "Lectern cannot start"));
    box.setText(QCoreApplication::translate("StartupError", "Lectern could not open your library."));
    box.setInformativeText(CatalogText::openErrorMessage(error, dataDir));
    QString detail = QString::fromLatin1(errorCodeName(error.code));
    if (!error.detail.empty())
        detail += QStringLiteral(": ") + toQString(error.detail);
    box.setDetailedText(detail);
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace lectern::ui
