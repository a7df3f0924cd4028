// RAII wrapper over one SQLite connection. A Database belongs to one thread;
// open another connection for another thread (WAL lets readers run beside the writer).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lectern::store {

// A prepared statement. Binding indices are 1-based like SQLite's; column indices 0-based.
class Statement final {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt, bool owned);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::nullptr_t);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Binds every argument in order, starting at index 1.
    template <typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances to the next row: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    // Steps until done; for statements that return no rows.
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::string_view textView(int column) const; // valid until the next step
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_owned = true;
    bool m_bindFailed = false;
    std::string m_bindError;
};

enum class OpenMode { ReadWrite, ReadOnly };

// Called on every new connection before it is used, e.g. to register SQL
// functions or FTS5 tokenizers that the schema refers to.
using ConnectionHook = Result<void> (*)(sqlite3* db);

class Database final {
public:
    // Opens (creating if needed) with foreign keys, a busy timeout and the hook run.
    // Opening writes nothing to the file; see enableWal().
    // The path ":memory:" gives a private in-memory database.
    [[nodiscard]] static Result<Database> open(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite,
                                               ConnectionHook hook = nullptr);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Switches the file to WAL. Separate from open() so a caller can inspect a
    // database (its schema version) before anything is written to it.
    [[nodiscard]] Result<void> enableWal();

    [[nodiscard]] Result<void> exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    // A statement prepared once per connection and reused; it is reset and its
    // bindings cleared each time it is handed out. Valid until the Database dies.
    [[nodiscard]] Result<Statement*> cached(std::string_view sql);

    // Runs body inside BEGIN IMMEDIATE … COMMIT; rolls back if body fails.
    // Nested calls join the outer transaction.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()>& body);

    // Changes whenever this connection or any other writes to the database, so
    // in-memory caches derived from tables know when to reload.
    [[nodiscard]] Result<std::int64_t> changeStamp();

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] Result<int> userVersion();
    [[nodiscard]] Result<void> setUserVersion(int version);
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db);
    void close();

    sqlite3* m_db = nullptr;
    int m_transactionDepth = 0;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// Turns the connection's last error into an Error naming what was being done.
[[nodiscard]] Error sqliteError(sqlite3* db, std::string_view what);

} // namespace lectern::store
