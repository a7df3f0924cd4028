// What handlers are built from. Created once by ServerApp and passed by
// reference into each area's route registration: no globals.
#pragma once

#include <filesystem>
#include <string>

#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server {

class AccountService;
class CatalogService;
class EntitlementService;
class MediaLibrary;
class OrderService;

struct ServerConfig {
    std::filesystem::path dataDir;   // lectern-server.db, media/, keys
    int offlineLeaseDays = 30;
    std::string version = "0.1.0";
};

struct ServerServices {
    const ServerConfig& config;
    const Clock& clock;
    Storage& storage; // for services made per area (sync); handlers use the services
    AccountService& accounts;
    std::string entitlementPublicKeyBase64; // set by the commerce area at start-up
    // Catalog, media and commerce services (owned by ServerApp; never null once open() succeeded).
    CatalogService* catalog = nullptr;
    MediaLibrary* media = nullptr;
    EntitlementService* entitlements = nullptr;
    OrderService* orders = nullptr;
};

} // namespace lectern::server
