// The learner's notes: create, edit and delete locally, each change written
// together with its outbox entry in one transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::sync {

inline constexpr std::size_t kMaxNoteLength = 20'000; // code points, as the server counts
inline constexpr std::int64_t kMaxPositionMs = 86'400'000;

struct Note {
    std::string id;
    std::string courseId;
    std::optional<std::string> lessonId;
    std::optional<std::int64_t> positionMs;
    std::string text;
    std::optional<std::string> conflictOf; // a conflict copy: the note whose version it diverged from
    std::int64_t revision = 0;
    bool deleted = false;
    std::int64_t createdAt = 0; // Unix ms
    std::int64_t updatedAt = 0;

    [[nodiscard]] bool isConflictCopy() const { return conflictOf.has_value(); }
};

struct NewNote {
    std::string courseId;
    std::optional<std::string> lessonId;
    std::optional<std::int64_t> positionMs;
    std::string text;
};

class NotesRepository final {
public:
    explicit NotesRepository(store::Database& db, MillisClock clock = systemNowMillis);

    [[nodiscard]] Result<Note> create(const NewNote& note);
    [[nodiscard]] Result<Note> editText(const std::string& id, const std::string& text);
    [[nodiscard]] Result<void> remove(const std::string& id);

    // Deleted notes are tombstones: find() returns them (deleted = true), lists don't.
    [[nodiscard]] Result<std::optional<Note>> find(const std::string& id);
    [[nodiscard]] Result<std::vector<Note>> forCourse(const std::string& courseId);
    [[nodiscard]] Result<std::vector<Note>> all();

private:
    [[nodiscard]] Result<std::vector<Note>> list(std::string_view sql, const std::string& argument);
    [[nodiscard]] Result<void> enqueue(const Note& note, std::int64_t now);

    store::Database& m_db;
    Outbox m_outbox;
    MillisClock m_clock;
};

// The JSON `fields` of a note mutation, as the server expects them.
[[nodiscard]] nlohmann::json noteFields(const Note& note);

} // namespace lectern::sync
