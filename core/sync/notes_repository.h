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

// A note with what the learner needs to recognise it: the titles of its
// course and lesson (empty when they are no longer in the local catalog).
struct NoteInContext {
    Note note;
    std::string courseTitle;
    std::string lessonTitle;
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
    // Live notes with titles, newest change first; courseId (when not empty)
    // narrows to one course. A conflict copy comes right after the note it
    // diverged from, so a list shows the two versions side by side.
    [[nodiscard]] Result<std::vector<NoteInContext>> overview(const std::string& courseId = {});

    // Resolving a conflict (both versions are on every device until then):
    // keepCopy: the original note takes the copy's text and the copy goes;
    // discarding the copy is remove(copyId). One transaction, both changes queued.
    [[nodiscard]] Result<Note> keepConflictCopy(const std::string& copyId);

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
