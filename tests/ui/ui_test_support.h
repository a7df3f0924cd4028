// Shared set-up for GUI tests: data folders with a catalog in them, and waits.
#pragma once

#include <cstddef>
#include <memory>

#include <QString>
#include <QTemporaryDir>

#include "protocol/catalog_types.h"

class QListView;

namespace lectern::test {

// The demo catalog as parsed from resources/catalog (for expected values).
[[nodiscard]] const protocol::Catalog& demoCatalog();
[[nodiscard]] const protocol::Course& demoCourse(const QString& title);

// Writes a synthetic catalog of `courses` courses into dir/lectern.db using core
// directly (a test is not the UI thread's business). Returns false on failure.
[[nodiscard]] bool writeSyntheticCatalog(const QString& dir, std::size_t courses);

[[nodiscard]] QString databasePath(const QTemporaryDir& dir);

// True once every card the grid shows has its data (no placeholders on screen).
[[nodiscard]] bool visibleCardsLoaded(const QListView& grid);

} // namespace lectern::test
