#include "protocol/sync_types.h"

#include "protocol/json_reader.h"

namespace lectern::protocol {

using nlohmann::json;

namespace {

bool isKnownEntity(std::string_view entity)
{
    return entity == "note" || entity == "progress" || entity == "event" || entity == "wishlist"
        || entity == "cart";
}

} // namespace

json toJson(const SyncPushRequest& request)
{
    json mutations = json::array();
    for (const SyncMutation& m : request.mutations) {
        json one{{"op_id", m.opId},           {"entity", m.entity},         {"id", m.id},
                 {"base_revision", m.baseRevision}, {"deleted", m.deleted}, {"client_time", m.clientTime}};
        if (!m.deleted || !m.fields.empty())
            one["fields"] = m.fields;
        mutations.push_back(std::move(one));
    }
    return json{{"device_id", request.deviceId}, {"mutations", std::move(mutations)}};
}

std::string_view syncPushStatusName(SyncPushStatus status)
{
    switch (status) {
    case SyncPushStatus::Applied: return "applied";
    case SyncPushStatus::Duplicate: return "duplicate";
    case SyncPushStatus::Conflict: return "conflict";
    case SyncPushStatus::Rejected: return "rejected";
    }
    return "unknown";
}

std::expected<SyncPushResponse, ParseError> parseSyncPushResponse(const json& value)
{
    try {
        JsonObjectReader in(value, "");
        SyncPushResponse response;
        const json& results = in.array("results", 0, kMaxMutationsPerPush);
        for (std::size_t i = 0; i < results.size(); ++i) {
            JsonObjectReader one(results[i], "results[" + std::to_string(i) + "]");
            SyncPushResult result;
            const std::string status = one.string("status", 1, 16);
            if (status == "applied")
                result.status = SyncPushStatus::Applied;
            else if (status == "duplicate")
                result.status = SyncPushStatus::Duplicate;
            else if (status == "conflict")
                result.status = SyncPushStatus::Conflict;
            else if (status == "rejected")
                result.status = SyncPushStatus::Rejected;
            else
                throwFieldError(JsonFieldError::Kind::Invalid, one.field("status"),
                                "must be applied, duplicate, conflict or rejected");
            if (result.status == SyncPushStatus::Rejected) {
                // A rejected op_id is echoed only when it was a string; ours always are.
                if (const json* opId = one.find("op_id"); opId && opId->is_string())
                    result.opId = opId->get<std::string>();
                JsonObjectReader error(one.object("error"), one.field("error"));
                result.errorCode = error.string("code", 1, 100);
                result.errorMessage = error.string("message", 0, 10'000, false);
                result.errorField = error.string("field", 0, 1000, false);
                (void)error.find("details"); // tolerated: extra context some errors carry
            } else {
                result.opId = one.id("op_id");
                result.revision = one.integer("revision", 0, INT64_MAX);
                result.conflictId = one.id("conflict_id", false);
            }
            // Results are matched by position and op_id; anything else a newer
            // server adds is not ours to refuse.
            response.results.push_back(std::move(result));
        }
        in.finish();
        return response;
    } catch (const JsonFieldError& error) {
        return std::unexpected(ParseError{error.path, error.message});
    }
}

std::expected<SyncChangesPage, ParseError> parseSyncChangesPage(const json& value)
{
    try {
        JsonObjectReader in(value, "");
        SyncChangesPage page;
        const json& changes = in.array("changes", 0, kMaxChangesPerPage);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            JsonObjectReader one(changes[i], "changes[" + std::to_string(i) + "]");
            SyncChange change;
            change.seq = one.integer("seq", 1, INT64_MAX);
            change.entity = one.string("entity", 1, 20);
            if (!isKnownEntity(change.entity))
                throwFieldError(JsonFieldError::Kind::Invalid, one.field("entity"),
                                "must be one of note, progress, event, wishlist, cart");
            change.id = one.id("id");
            change.revision = one.integer("revision", 0, INT64_MAX);
            change.deleted = one.boolean("deleted");
            change.fields = one.object("fields");
            change.updatedAt = one.timestamp("updated_at");
            one.finish();
            page.changes.push_back(std::move(change));
        }
        page.nextCursor = in.string("next_cursor", 1, 20);
        for (const char c : page.nextCursor)
            if (c < '0' || c > '9')
                throwFieldError(JsonFieldError::Kind::Invalid, in.field("next_cursor"), "must be a decimal number");
        page.hasMore = in.boolean("has_more");
        in.finish();
        return page;
    } catch (const JsonFieldError& error) {
        return std::unexpected(ParseError{error.path, error.message});
    }
}

} // namespace lectern::protocol
