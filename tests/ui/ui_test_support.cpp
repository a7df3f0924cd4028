#include "ui_test_support.h"

#include <QFile>
#include <QListView>
#include <QDir>

#include "catalog/catalog_import.h"
#include "catalog/synthetic_catalog.h"
#include "discover/course_grid_model.h"
#include "protocol/catalog_json.h"
#include "store/local_store.h"

namespace lectern::test {

const protocol::Catalog& demoCatalog()
{
    static const protocol::Catalog catalog = [] {
        QFile file(QStringLiteral(LECTERN_SOURCE_DIR "/resources/catalog/demo_catalog.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the demo catalog");
        const QByteArray text = file.readAll();
        auto parsed = protocol::parseCatalog(std::string_view(text.constData(), text.size()));
        if (!parsed)
            qFatal("demo catalog does not parse: %s", parsed.error().describe().c_str());
        return *parsed;
    }();
    return catalog;
}

const protocol::Course& demoCourse(const QString& title)
{
    const std::string wanted = title.toStdString();
    for (const auto& course : demoCatalog().courses) {
        if (course.title == wanted)
            return course;
    }
    qFatal("no demo course titled %s", wanted.c_str());
}

QString databasePath(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("lectern.db"));
}

bool writeSyntheticCatalog(const QString& dir, std::size_t courses)
{
    auto db = store::openLocalStore(QDir(dir).filePath(QStringLiteral("lectern.db")).toStdString());
    if (!db)
        return false;
    catalog::SyntheticOptions options;
    options.courses = courses;
    options.seed = 7;
    const auto generated = catalog::generateSyntheticCatalog(options);
    return catalog::importCatalog(*db, generated).has_value();
}

bool visibleCardsLoaded(const QListView& grid)
{
    const auto* model = grid.model();
    if (!model || model->rowCount() == 0)
        return false;
    const QRect area = grid.viewport()->rect();
    const int step = qMax(8, grid.fontMetrics().height());
    for (int y = area.top() + 2; y < area.bottom(); y += step) {
        for (int x = area.left() + 2; x < area.right(); x += step) {
            const QModelIndex index = grid.indexAt(QPoint(x, y));
            if (index.isValid() && !index.data(ui::CourseGridModel::LoadedRole).toBool())
                return false;
        }
    }
    return true;
}

} // namespace lectern::test
