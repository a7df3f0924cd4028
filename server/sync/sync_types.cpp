#include "sync/sync_types.h"

namespace lectern::server::sync {

std::string_view entityName(Entity entity)
{
    switch (entity) {
    case Entity::Note: return "note";
    case Entity::Progress: return "progress";
    case Entity::Event: return "event";
    case Entity::Wishlist: return "wishlist";
    case Entity::Cart: return "cart";
    }
    return "note";
}

std::optional<Entity> parseEntity(std::string_view name)
{
    for (Entity entity : {Entity::Note, Entity::Progress, Entity::Event, Entity::Wishlist, Entity::Cart})
        if (entityName(entity) == name)
            return entity;
    return std::nullopt;
}

} // namespace lectern::server::sync
