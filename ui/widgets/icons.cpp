#include "widgets/icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmapCache>

namespace lectern::ui::icons {

QPixmap tinted(const QString& name, int logicalSize, qreal devicePixelRatio, const QColor& color)
{
    const int device = qMax(1, qRound(logicalSize * devicePixelRatio));
    const QString cacheKey = QStringLiteral("icon:%1:%2:%3").arg(name).arg(device).arg(color.rgba());
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    const QIcon source(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    pixmap = source.pixmap(QSize(device, device));
    if (pixmap.isNull()) {
        pixmap = QPixmap(device, device);
        pixmap.fill(Qt::transparent);
    } else {
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QIcon themed(const QString& name, const QColor& normal, const QColor& selected)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(tinted(name, size, dpr, normal), QIcon::Normal);
            icon.addPixmap(tinted(name, size, dpr, selected), QIcon::Selected);
        }
    }
    return icon;
}

QString categoryIconName(const QString& categorySlug)
{
    const QString name = QStringLiteral("category-") + categorySlug;
    if (QFile::exists(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")))
        return name;
    return QStringLiteral("discover"); // a category this client does not know yet
}

} // namespace lectern::ui::icons
