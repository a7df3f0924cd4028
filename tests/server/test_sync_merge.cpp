// The pure merge rules and time parsing of user-data sync, case by case.
#include <QTest>

#include "sync/merge_rules.h"
#include "sync/mutation_parser.h"

using namespace lectern::server::sync;
using nlohmann::json;

namespace {

Mutation mutation(Entity entity, std::int64_t base, json fields, std::int64_t clientTimeMs, bool deleted = false)
{
    Mutation m;
    m.opId = "op";
    m.entity = entity;
    m.id = "id";
    m.baseRevision = base;
    m.deleted = deleted;
    m.clientTimeMs = clientTimeMs;
    m.fields = std::move(fields);
    return m;
}

StoredRecord record(std::int64_t revision, json fields, std::int64_t clientTimeMs, bool deleted = false)
{
    return StoredRecord{revision, 1, deleted, std::move(fields), clientTimeMs, 0};
}

json text(const std::string& value) { return json{{"text", value}}; }
json progress(int position, bool completed) { return json{{"position_ms", position}, {"completed", completed}}; }

} // namespace

class TestSyncMerge final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void notes()
    {
        // New, current-base edit, re-sent state.
        QVERIFY(merge(mutation(Entity::Note, 0, text("a"), 1), std::nullopt).outcome == MergeOutcome::Write);
        QVERIFY(merge(mutation(Entity::Note, 2, text("b"), 1), record(2, text("a"), 1)).outcome == MergeOutcome::Write);
        QVERIFY(merge(mutation(Entity::Note, 2, text("a"), 1), record(2, text("a"), 1)).outcome
                == MergeOutcome::NoChange);
        // Stale edit: a copy, without the edited note's own conflict_of.
        json edited = text("b");
        edited["conflict_of"] = "older";
        const auto copy = merge(mutation(Entity::Note, 1, edited, 5), record(2, text("a"), 1));
        QVERIFY(copy.outcome == MergeOutcome::ConflictCopy);
        QVERIFY(!copy.fields.contains("conflict_of"));
        QVERIFY(copy.fields["text"] == "b");
        // Stale edit equal to the server's version: nothing to keep twice.
        QVERIFY(merge(mutation(Entity::Note, 1, text("a"), 5), record(2, text("a"), 1)).outcome
                == MergeOutcome::NoChange);
        // Edit of a note deleted meanwhile survives as a copy; at the tombstone's revision it revives.
        QVERIFY(merge(mutation(Entity::Note, 1, text("b"), 5), record(2, json::object(), 1, true)).outcome
                == MergeOutcome::ConflictCopy);
        const auto revived = merge(mutation(Entity::Note, 2, text("b"), 5), record(2, json::object(), 1, true));
        QVERIFY(revived.outcome == MergeOutcome::Write && !revived.deleted);
        // Deletions.
        QVERIFY(merge(mutation(Entity::Note, 1, json::object(), 5, true), record(2, text("a"), 1)).outcome
                == MergeOutcome::ConflictKeep);
        QVERIFY(merge(mutation(Entity::Note, 2, json::object(), 5, true), record(2, text("a"), 1)).deleted);
        QVERIFY(merge(mutation(Entity::Note, 0, json::object(), 5, true), std::nullopt).outcome
                == MergeOutcome::NoChange);
        QVERIFY(merge(mutation(Entity::Note, 1, json::object(), 5, true), record(3, json::object(), 1, true)).outcome
                == MergeOutcome::NoChange);
    }

    void progressRules()
    {
        const auto current = record(1, progress(500, false), 100);
        const auto older = merge(mutation(Entity::Progress, 0, progress(100, true), 50), current);
        QVERIFY(older.outcome == MergeOutcome::Write); // completed flips even from an older write
        QVERIFY(older.fields["position_ms"] == 500);
        QVERIFY(older.fields["completed"] == true);
        QCOMPARE(older.clientTimeMs, std::int64_t(100));
        const auto tie = merge(mutation(Entity::Progress, 0, progress(700, false), 100), current);
        QVERIFY(tie.fields["position_ms"] == 700);
        QVERIFY(merge(mutation(Entity::Progress, 0, progress(500, false), 200), current).outcome
                == MergeOutcome::AdvanceClock);
        QVERIFY(merge(mutation(Entity::Progress, 0, progress(1, false), 10), record(1, progress(500, true), 100))
                    .outcome
                == MergeOutcome::NoChange);
        QVERIFY(merge(mutation(Entity::Progress, 0, progress(1, false), 200), record(1, progress(500, true), 100))
                    .fields["completed"]
                == true);
    }

    void eventsAndWishlist()
    {
        QVERIFY(merge(mutation(Entity::Event, 0, text("x"), 1), std::nullopt).outcome == MergeOutcome::Write);
        QVERIFY(merge(mutation(Entity::Event, 0, text("y"), 9), record(1, text("x"), 1)).outcome
                == MergeOutcome::NoChange);

        const auto removeUnknown = merge(mutation(Entity::Wishlist, 0, json::object(), 10, true), std::nullopt);
        QVERIFY(removeUnknown.outcome == MergeOutcome::Write && removeUnknown.deleted);
        const auto live = record(1, json::object(), 100);
        QVERIFY(merge(mutation(Entity::Wishlist, 0, json::object(), 50, true), live).outcome == MergeOutcome::NoChange);
        QVERIFY(merge(mutation(Entity::Wishlist, 0, json::object(), 100, true), live).outcome == MergeOutcome::Write);
        QVERIFY(merge(mutation(Entity::Wishlist, 0, json::object(), 150), live).outcome == MergeOutcome::AdvanceClock);
        QVERIFY(merge(mutation(Entity::Wishlist, 0, json::object(), 100), live).outcome == MergeOutcome::NoChange);
    }

    void timesKeepMilliseconds()
    {
        QCOMPARE(*parseTimeMillis("2026-12-04T08:00:00Z"), std::int64_t(1'796'371'200'000));
        QCOMPARE(*parseTimeMillis("2026-12-04T08:00:00.5Z"), std::int64_t(1'796'371'200'500));
        QCOMPARE(*parseTimeMillis("2026-12-04T08:00:00.123456Z"), std::int64_t(1'796'371'200'123));
        QCOMPARE(*parseTimeMillis("2026-12-04T16:00:00.25+08:00"), std::int64_t(1'796'371'200'250));
        QVERIFY(!parseTimeMillis("2026-12-04 08:00").has_value());
        QVERIFY(!parseTimeMillis("").has_value());
    }
};

QTEST_APPLESS_MAIN(TestSyncMerge)
#include "test_sync_merge.moc"
