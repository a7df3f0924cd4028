#include "store/database.h"

#include <sqlite3.h>

#include <utility>


namespace lectern::store {

Error sqliteError(sqlite3* db, std::string_view what)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    std::string detail(what);
    detail += ": ";
    detail += db ? sqlite3_errmsg(db) : "no connection";
    const int primary = code & 0xFF;
    return Error{primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::DatabaseBusy : ErrorCode::Database,
                 std::move(detail)};
}

// ---- Statement ----

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, bool owned)
    : m_db(db)
    , m_stmt(stmt)
    , m_owned(owned)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_owned(other.m_owned)
    , m_bindFailed(other.m_bindFailed)
    , m_bindError(std::move(other.m_bindError))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_owned && m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owned = other.m_owned;
        m_bindFailed = other.m_bindFailed;
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_owned && m_stmt)
        sqlite3_finalize(m_stmt);
}

namespace {
// Binding errors are remembered and reported by the next step(), so call sites
// can chain binds without checking each one.
void noteBind(int rc, sqlite3* db, bool& failed, std::string& error)
{
    if (rc != SQLITE_OK && !failed) {
        failed = true;
        error = sqlite3_errmsg(db);
    }
}
} // namespace

Statement& Statement::bind(int index, std::int64_t value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value), m_db, m_bindFailed, m_bindError);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value), m_db, m_bindFailed, m_bindError);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    noteBind(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8), m_db,
             m_bindFailed, m_bindError);
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    noteBind(sqlite3_bind_null(m_stmt, index), m_db, m_bindFailed, m_bindError);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindFailed)
        return fail(ErrorCode::Database, "bind: " + m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(m_db, sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "step");
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
    m_bindError.clear();
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string_view Statement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::text(int column) const { return std::string(textView(column)); }

// ---- Database ----

Database::Database(sqlite3* db)
    : m_db(db)
{
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_transactionDepth(other.m_transactionDepth)
    , m_cache(std::move(other.m_cache))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_transactionDepth = other.m_transactionDepth;
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Database> Database::open(const std::filesystem::path& path, OpenMode mode, ConnectionHook hook)
{
    sqlite3* raw = nullptr;
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(raw, "open " + path.string()));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    if (hook) {
        if (auto ok = hook(raw); !ok)
            return std::unexpected(ok.error());
    }
    // Read one byte of the schema now, so a file that is not a database fails here
    // with a clear message rather than at the first query.
    if (auto ok = db.exec("PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_schema;"); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<void> Database::enableWal()
{
    // WAL + synchronous=NORMAL: readers never block the writer, commits stay durable
    // against a killed process (only an OS crash can lose the last transactions).
    return exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

Result<void> Database::exec(std::string_view sql)
{
    std::string owned(sql);
    char* message = nullptr;
    if (sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = sqliteError(m_db, owned.size() > 80 ? owned.substr(0, 80) + "…" : owned);
        sqlite3_free(message);
        return std::unexpected(std::move(error));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(m_db, "prepare"));
    return Statement(m_db, stmt, true);
}

Result<Statement*> Database::cached(std::string_view sql)
{
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                               nullptr)
            != SQLITE_OK)
            return std::unexpected(sqliteError(m_db, "prepare"));
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(m_db, stmt, true)).first;
    }
    it->second->reset();
    return it->second.get();
}

Result<void> Database::transaction(const std::function<Result<void>()>& body)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        auto result = body();
        --m_transactionDepth;
        return result;
    }
    if (auto ok = exec("BEGIN IMMEDIATE"); !ok)
        return ok;
    ++m_transactionDepth;
    auto result = body();
    --m_transactionDepth;
    if (!result) {
        (void)exec("ROLLBACK");
        return result;
    }
    if (auto ok = exec("COMMIT"); !ok) {
        (void)exec("ROLLBACK");
        return ok;
    }
    return {};
}

Result<std::int64_t> Database::changeStamp()
{
    // data_version moves when another connection commits; total_changes when this one writes.
    auto stmt = cached("PRAGMA data_version");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t other = (*stmt)->int64(0);
    (*stmt)->reset();
    return (other << 40) ^ static_cast<std::int64_t>(sqlite3_total_changes64(m_db));
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

Result<int> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return stmt->int32(0);
}

Result<void> Database::setUserVersion(int version)
{
    return exec("PRAGMA user_version = " + std::to_string(version));
}

} // namespace lectern::store
