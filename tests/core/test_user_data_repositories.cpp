// Local user-data repositories: every change lands together with its outbox
// entry or not at all, unsent edits coalesce, sent ones are frozen.
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>


#include "store/local_store.h"
#include "util/uuid.h"
#include "sync/event_log.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"
#include "sync/progress_repository.h"
#include "sync/remote_changes.h"
#include "sync/wishlist_repository.h"

using namespace lectern;

namespace {

constexpr const char* kCourse = "0190a000-0000-7000-8000-000000000001";
constexpr const char* kLesson = "0190a000-0000-7000-8000-0000000000a1";

std::int64_t count(store::Database& db, const char* sql)
{
    auto statement = db.prepare(sql);
    if (!statement || !statement->step())
        return -1;
    return statement->int64(0);
}

} // namespace

class TestUserDataRepositories final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    store::Database open()
    {
        auto db = store::openLocalStore(m_dir.filePath(QString::number(++m_n) + QStringLiteral(".db")).toStdString());
        if (!db)
            qFatal("open: %s", db.error().detail.c_str());
        return std::move(*db);
    }

    // A conflict copy as the server hands it out: a note of its own whose
    // conflict_of names the note it diverged from.
    static void pullConflictCopy(store::Database& db, const std::string& copyId, const std::string& originalId,
                                 const std::string& text)
    {
        protocol::SyncChange change;
        change.seq = 9;
        change.entity = "note";
        change.id = copyId;
        change.revision = 1;
        change.fields = {{"course_id", kCourse}, {"lesson_id", kLesson}, {"position_ms", 61'000},
                         {"text", text},         {"conflict_of", originalId}};
        sync::RemoteChanges remote(db);
        QVERIFY(db.transaction([&] { return remote.apply(change); }));
    }

private Q_SLOTS:
    void overviewPairsConflictCopiesWithTheirOriginal()
    {
        auto db = open();
        // Local writes a day ahead of the wall clock, so the pulled copy (stamped
        // "now" on arrival) is older than all of them.
        std::int64_t now = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
        sync::NotesRepository notes(db, [&now] { return now += 1000; });
        auto older = notes.create({kCourse, std::nullopt, std::nullopt, "older note"});
        auto original = notes.create({kCourse, kLesson, 61'000, "my version"});
        auto newer = notes.create({kCourse, std::nullopt, std::nullopt, "newest note"});
        QVERIFY(older && original && newer);
        const std::string copyId = "0190a000-0000-7000-8000-0000000000c7";
        pullConflictCopy(db, copyId, original->id, "the other device's version");

        auto listed = notes.overview();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t{4});
        // The pair sorts by its newest member; the original comes before its copy.
        QCOMPARE((*listed)[0].note.id, newer->id);
        QCOMPARE((*listed)[1].note.id, original->id);
        QCOMPARE((*listed)[2].note.id, copyId);
        QVERIFY((*listed)[2].note.isConflictCopy());
        QCOMPARE((*listed)[3].note.id, older->id);
        QVERIFY(notes.overview("0190a000-0000-7000-8000-0000000000ff")->empty());

        // Keeping the copy: the original takes its text, the copy goes, and both
        // changes are queued for the server.
        auto kept = notes.keepConflictCopy(copyId);
        QVERIFY2(kept, kept ? "" : kept.error().detail.c_str());
        QCOMPARE(kept->id, original->id);
        QCOMPARE((*notes.find(original->id))->text, std::string("the other device's version"));
        QVERIFY((*notes.find(copyId))->deleted);
        QCOMPARE(notes.overview()->size(), std::size_t{3});
        QCOMPARE(count(db, "SELECT count(*) FROM sync_outbox WHERE entity = 'note' AND deleted = 1"), std::int64_t{1});
        // Only a conflict copy can be kept this way.
        QCOMPARE(notes.keepConflictCopy(newer->id).error().code, ErrorCode::InvalidArgument);
    }

    void noteChangesQueueAndCoalesceUntilSent()
    {
        auto db = open();
        sync::NotesRepository notes(db, [] { return std::int64_t{1'767'225'600'000}; });
        auto note = notes.create({kCourse, kLesson, 61'000, "first"});
        QVERIFY(note);
        QVERIFY(uuid::isCanonical(note->id));
        QCOMPARE(note->id[14], '7'); // UUIDv7
        QVERIFY(notes.editText(note->id, "second"));
        QVERIFY(notes.editText(note->id, "third"));
        sync::Outbox outbox(db);
        auto batch = outbox.nextBatch(500);
        QVERIFY(batch);
        QCOMPARE(batch->size(), std::size_t{1}); // never sent: one entry with the latest text
        QCOMPARE((*batch)[0].fields["text"].get<std::string>(), std::string("third"));
        QCOMPARE((*batch)[0].fields["position_ms"].get<int>(), 61'000);

        // Once on the wire, the payload is frozen: a new edit is a new entry.
        QVERIFY(outbox.markAttempted(*batch));
        QVERIFY(notes.editText(note->id, "fourth"));
        QCOMPARE(count(db, "SELECT count(*) FROM sync_outbox"), std::int64_t{2});
        auto next = outbox.nextBatch(500);
        QCOMPARE(next->size(), std::size_t{1}); // one mutation per note per push
        QCOMPARE((*next)[0].opId, (*batch)[0].opId);

        // Acknowledged at revision 1: the queued edit is rebased onto it.
        QVERIFY(db.transaction([&] { return outbox.acknowledge((*next)[0], 1); }));
        auto last = outbox.nextBatch(500);
        QCOMPARE(last->size(), std::size_t{1});
        QCOMPARE((*last)[0].baseRevision, std::int64_t{1});
        QCOMPARE((*last)[0].fields["text"].get<std::string>(), std::string("fourth"));

        QVERIFY(notes.remove(note->id));
        auto found = notes.find(note->id);
        QVERIFY(found && *found && (*found)->deleted);
        QVERIFY(notes.all()->empty());
    }

    void invalidNotesAreRefusedBeforeAnythingIsWritten()
    {
        auto db = open();
        sync::NotesRepository notes(db);
        QVERIFY(!notes.create({"not-a-uuid", std::nullopt, std::nullopt, "x"}));
        QVERIFY(!notes.create({kCourse, std::nullopt, std::nullopt, std::string(20'001, 'x')}));
        QVERIFY(!notes.create({kCourse, std::nullopt, std::nullopt, std::string("bad \xff utf8")}));
        QVERIFY(notes.create({kCourse, std::nullopt, std::nullopt, std::string(20'000, 'x')}));
        QCOMPARE(count(db, "SELECT count(*) FROM notes"), std::int64_t{1});
        QCOMPARE(count(db, "SELECT count(*) FROM sync_outbox"), std::int64_t{1});
    }

    void failingOutboxWriteLeavesNeitherRow()
    {
        auto db = open();
        // Make the outbox insert fail inside the same transaction as the note.
        QVERIFY(db.exec("CREATE TRIGGER outbox_fails BEFORE INSERT ON sync_outbox "
                        "BEGIN SELECT RAISE(ABORT, 'disk full, say'); END;"));
        sync::NotesRepository notes(db);
        QVERIFY(!notes.create({kCourse, kLesson, std::nullopt, "lost?"}));
        QVERIFY(!sync::ProgressRepository(db).record(kLesson, kCourse, 5, true));
        QVERIFY(!sync::EventLog(db).append("lesson_started", kCourse, kLesson));
        QVERIFY(!sync::WishlistRepository(db).add(kCourse));
        QCOMPARE(count(db, "SELECT count(*) FROM notes"), std::int64_t{0});
        QCOMPARE(count(db, "SELECT count(*) FROM lesson_progress"), std::int64_t{0});
        QCOMPARE(count(db, "SELECT count(*) FROM learning_events"), std::int64_t{0});
        QCOMPARE(count(db, "SELECT count(*) FROM wishlist"), std::int64_t{0});
        QCOMPARE(count(db, "SELECT count(*) FROM sync_outbox"), std::int64_t{0});
    }

    void progressIsStickyAndCoalesces()
    {
        auto db = open();
        std::int64_t now = 1'767'225'600'000;
        sync::ProgressRepository progress(db, [&] { return now; });
        QVERIFY(progress.record(kLesson, kCourse, 10'000, true));
        now += 1000;
        auto second = progress.record(kLesson, kCourse, 2'000, false);
        QVERIFY(second);
        QVERIFY(second->completed);
        QCOMPARE(second->positionMs, std::int64_t{2'000});
        auto batch = sync::Outbox(db).nextBatch(10);
        QCOMPARE(batch->size(), std::size_t{1});
        QCOMPARE((*batch)[0].clientTimeMs, now);
        QVERIFY((*batch)[0].fields["completed"].get<bool>());
        QVERIFY(!progress.record(kLesson, kCourse, 86'400'001, false));
    }

    void eventsAndWishlist()
    {
        auto db = open();
        sync::EventLog events(db);
        QVERIFY(events.append("quiz_answered", kCourse, kLesson, 0.5));
        QVERIFY(!events.append("Bad-Kind", std::nullopt, std::nullopt));
        QVERIFY(!events.append("search", std::nullopt, std::nullopt, nlohmann::json::array()));
        QCOMPARE(events.all()->size(), std::size_t{1});
        sync::WishlistRepository wishlist(db);
        QVERIFY(wishlist.add(kCourse));
        QVERIFY(*wishlist.contains(kCourse));
        QVERIFY(wishlist.remove(kCourse));
        QVERIFY(!*wishlist.contains(kCourse));
        QCOMPARE(count(db, "SELECT count(*) FROM sync_outbox WHERE entity = 'wishlist'"), std::int64_t{1});
        QCOMPARE(count(db, "SELECT deleted FROM sync_outbox WHERE entity = 'wishlist'"), std::int64_t{1});
    }
};

QTEST_APPLESS_MAIN(TestUserDataRepositories)
#include "test_user_data_repositories.moc"
