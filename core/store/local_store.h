// The learner's local database: its schema and how to open it.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "store/database.h"
#include "store/migrations.h"

namespace lectern::store {

// The user-data step (notes, progress, events, wishlist, outbox): sync/user_data_schema.cpp.
extern const std::string_view kUserDataV4;
extern const std::string_view kUserDataResyncV5;
// The download queue: media/download_schema.cpp.
extern const std::string_view kDownloadsV6;
// Purchases and the cart: commerce/commerce_schema.cpp.
extern const std::string_view kCommerceV7;

// The local store's migrations, oldest first.
[[nodiscard]] std::span<const Migration> localStoreMigrations();

// Opens (creating and migrating as needed) the local database at path, with the
// catalog's FTS5 tokenizer registered. A database from a newer Lectern is refused
// with SchemaTooNew and left untouched.
[[nodiscard]] Result<Database> openLocalStore(const std::filesystem::path& path);

// Opens a connection with the tokenizer registered but without migrating; for
// tests that step through migrations themselves.
[[nodiscard]] Result<Database> openLocalDatabase(const std::filesystem::path& path);

} // namespace lectern::store
