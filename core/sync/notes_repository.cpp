#include "sync/notes_repository.h"

#include <utility>

#include "util/utf8.h"
#include "util/uuid.h"

namespace lectern::sync {

namespace {

constexpr std::string_view kColumns =
    "id, course_id, lesson_id, position_ms, text, conflict_of, revision, deleted, created_at, updated_at";

Note readNote(const store::Statement& row)
{
    Note note;
    note.id = row.text(0);
    note.courseId = row.text(1);
    if (!row.isNull(2))
        note.lessonId = row.text(2);
    if (!row.isNull(3))
        note.positionMs = row.int64(3);
    note.text = row.text(4);
    if (!row.isNull(5))
        note.conflictOf = row.text(5);
    note.revision = row.int64(6);
    note.deleted = row.int64(7) != 0;
    note.createdAt = row.int64(8);
    note.updatedAt = row.int64(9);
    return note;
}

Result<void> checkText(const std::string& text)
{
    // The server's limits, checked here so a note the UI accepted is never
    // rejected later when the learner is no longer looking.
    if (!utf8::isValid(text) || text.find('\0') != std::string::npos)
        return fail(ErrorCode::InvalidArgument, "note text is not valid UTF-8 text");
    if (utf8::length(text) > kMaxNoteLength)
        return fail(ErrorCode::InvalidArgument, "note text is longer than 20,000 characters");
    return {};
}

} // namespace

nlohmann::json noteFields(const Note& note)
{
    nlohmann::json fields{{"course_id", note.courseId}, {"text", note.text}};
    fields["lesson_id"] = note.lessonId ? nlohmann::json(*note.lessonId) : nlohmann::json(nullptr);
    fields["position_ms"] = note.positionMs ? nlohmann::json(*note.positionMs) : nlohmann::json(nullptr);
    if (note.conflictOf)
        fields["conflict_of"] = *note.conflictOf; // sent back unchanged, so the copy stays a copy
    return fields;
}

NotesRepository::NotesRepository(store::Database& db, MillisClock clock)
    : m_db(db)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<void> NotesRepository::enqueue(const Note& note, std::int64_t now)
{
    return m_outbox.record({"note", note.id, note.revision, note.deleted,
                            note.deleted ? nlohmann::json::object() : noteFields(note), now},
                           true);
}

Result<Note> NotesRepository::create(const NewNote& input)
{
    if (!uuid::isCanonical(input.courseId) || (input.lessonId && !uuid::isCanonical(*input.lessonId)))
        return fail(ErrorCode::InvalidArgument, "course and lesson ids must be UUIDs");
    if (input.positionMs && (*input.positionMs < 0 || *input.positionMs > kMaxPositionMs))
        return fail(ErrorCode::InvalidArgument, "position is outside a lesson's possible length");
    if (auto ok = checkText(input.text); !ok)
        return std::unexpected(ok.error());
    const std::int64_t now = m_clock();
    Note note;
    note.id = newId(now);
    note.courseId = input.courseId;
    note.lessonId = input.lessonId;
    note.positionMs = input.positionMs;
    note.text = input.text;
    note.createdAt = now;
    note.updatedAt = now;
    auto written = m_db.transaction([&]() -> Result<void> {
        auto insert = m_db.cached("INSERT INTO notes (id, course_id, lesson_id, position_ms, text, created_at, "
                                  "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
        if (!insert)
            return std::unexpected(insert.error());
        if (auto ok = (*insert)->bindAll(note.id, note.courseId, note.lessonId, note.positionMs, note.text, now).run();
            !ok)
            return ok;
        return enqueue(note, now);
    });
    if (!written)
        return std::unexpected(written.error());
    return note;
}

Result<Note> NotesRepository::editText(const std::string& id, const std::string& text)
{
    if (auto ok = checkText(text); !ok)
        return std::unexpected(ok.error());
    Note note;
    auto written = m_db.transaction([&]() -> Result<void> {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (!*current || (*current)->deleted)
            return fail(ErrorCode::NotFound, "note " + id);
        note = std::move(**current);
        if (note.text == text)
            return {}; // nothing to tell the server
        const std::int64_t now = m_clock();
        note.text = text;
        note.updatedAt = now;
        auto update = m_db.cached("UPDATE notes SET text = ?2, updated_at = ?3 WHERE id = ?1");
        if (!update)
            return std::unexpected(update.error());
        if (auto ok = (*update)->bindAll(id, text, now).run(); !ok)
            return ok;
        return enqueue(note, now);
    });
    if (!written)
        return std::unexpected(written.error());
    return note;
}

Result<void> NotesRepository::remove(const std::string& id)
{
    return m_db.transaction([&]() -> Result<void> {
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (!*current || (*current)->deleted)
            return {}; // already gone: deleting twice is not an error
        Note note = std::move(**current);
        const std::int64_t now = m_clock();
        note.deleted = true;
        // The text stays in the row until the server confirms the deletion:
        // a stale delete is a conflict, and the newer text comes back on pull.
        auto update = m_db.cached("UPDATE notes SET deleted = 1, updated_at = ?2 WHERE id = ?1");
        if (!update)
            return std::unexpected(update.error());
        if (auto ok = (*update)->bindAll(id, now).run(); !ok)
            return ok;
        return enqueue(note, now);
    });
}

Result<std::optional<Note>> NotesRepository::find(const std::string& id)
{
    auto query = m_db.cached("SELECT " + std::string(kColumns) + " FROM notes WHERE id = ?1");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(id);
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Note> note;
    if (*row)
        note = readNote(**query);
    (*query)->reset();
    return note;
}

Result<std::vector<Note>> NotesRepository::list(std::string_view sql, const std::string& argument)
{
    auto query = m_db.cached(sql);
    if (!query)
        return std::unexpected(query.error());
    if (!argument.empty())
        (*query)->bindAll(argument);
    std::vector<Note> notes;
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        notes.push_back(readNote(**query));
    }
    (*query)->reset();
    return notes;
}

Result<std::vector<Note>> NotesRepository::forCourse(const std::string& courseId)
{
    return list("SELECT " + std::string(kColumns)
                    + " FROM notes WHERE course_id = ?1 AND deleted = 0 ORDER BY lesson_id, position_ms, created_at, id",
                courseId);
}

Result<std::vector<Note>> NotesRepository::all()
{
    return list("SELECT " + std::string(kColumns) + " FROM notes WHERE deleted = 0 ORDER BY created_at, id", {});
}

Result<std::vector<NoteInContext>> NotesRepository::overview(const std::string& courseId)
{
    // A conflict copy and its (live) original form a group; groups come newest
    // change first, the original before its copies.
    std::string sql =
        "WITH v AS (SELECT n.*, coalesce(o.id, n.id) AS grp FROM notes n "
        "           LEFT JOIN notes o ON o.id = n.conflict_of AND o.deleted = 0 WHERE n.deleted = 0";
    if (!courseId.empty())
        sql += " AND n.course_id = ?1";
    sql += ") SELECT v.id, v.course_id, v.lesson_id, v.position_ms, v.text, v.conflict_of, v.revision, v.deleted, "
           "v.created_at, v.updated_at, coalesce(c.title, ''), coalesce(l.title, ''), "
           "max(v.updated_at) OVER (PARTITION BY v.grp) AS latest "
           "FROM v LEFT JOIN courses c ON c.id = v.course_id LEFT JOIN lessons l ON l.id = v.lesson_id "
           "ORDER BY latest DESC, v.grp, v.id <> v.grp, v.created_at, v.id";
    auto query = m_db.cached(sql);
    if (!query)
        return std::unexpected(query.error());
    if (!courseId.empty())
        (*query)->bindAll(courseId);
    std::vector<NoteInContext> notes;
    for (;;) {
        auto row = (*query)->step();
        if (!row) {
            (*query)->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        notes.push_back({readNote(**query), (*query)->text(10), (*query)->text(11)});
    }
    (*query)->reset();
    return notes;
}

Result<Note> NotesRepository::keepConflictCopy(const std::string& copyId)
{
    Note kept;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto copy = find(copyId);
        if (!copy)
            return std::unexpected(copy.error());
        if (!*copy || (*copy)->deleted)
            return fail(ErrorCode::NotFound, "note " + copyId);
        if (!(*copy)->conflictOf)
            return fail(ErrorCode::InvalidArgument, "note " + copyId + " is not a conflict copy");
        auto original = find(*(*copy)->conflictOf);
        if (!original)
            return std::unexpected(original.error());
        if (*original && !(*original)->deleted) {
            auto edited = editText((*original)->id, (*copy)->text);
            if (!edited)
                return std::unexpected(edited.error());
            kept = std::move(*edited);
        } else {
            // The original is gone (deleted elsewhere): the copy simply stays
            // as an ordinary note of its own.
            auto fresh = create({(*copy)->courseId, (*copy)->lessonId, (*copy)->positionMs, (*copy)->text});
            if (!fresh)
                return std::unexpected(fresh.error());
            kept = std::move(*fresh);
        }
        return remove(copyId);
    });
    if (!done)
        return std::unexpected(done.error());
    return kept;
}

} // namespace lectern::sync
