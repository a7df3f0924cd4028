// Where the app keeps a signed-in session: the OS keychain (Secret Service via
// QtKeychain) when one answers, else core's 0600 file. Used from SyncService's
// worker thread; each call blocks until the keychain answers (or times out).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include <QString>

#include "account/session_store.h"

class QObject;

namespace lectern::ui {

// An object living on the one thread all of the app's QtKeychain jobs run on
// (made on first use): QtKeychain's executor binds to the first thread that
// uses it. Every keychain-backed store parents its jobs to this.
[[nodiscard]] QObject* keychainContext();

// One keychain entry per data folder (the key), holding the whole session.
// QtKeychain is asynchronous; its jobs run on one keychain thread and the
// caller waits for the answer. Why not a local QEventLoop on the caller's
// thread: that loop would also run the sync worker's other queued work (a
// sync, a sign-out) in the middle of AccountSession's locked refresh,
// re-entering it and deadlocking on its mutex. Why one thread for the whole
// process: QtKeychain sends every job through a process-wide executor that
// lives on the thread that first used it; jobs from another thread crash it.
class KeychainSessionStore final : public account::SessionStore {
public:
    // Why a call failed: a missing backend is a reason to fall back, an entry
    // that is not there is simply "signed out".
    enum class Outcome { Ok, NoBackend, Failed };

    explicit KeychainSessionStore(QString key);

    [[nodiscard]] Result<std::optional<account::StoredSession>> load() override;
    [[nodiscard]] Result<void> save(const account::StoredSession& session) override;
    [[nodiscard]] Result<void> clear() override;

    [[nodiscard]] Outcome lastOutcome() const { return m_lastOutcome; }

    static inline const QString kService = QStringLiteral("org.lectern.Lectern");

private:
    struct Answer;
    enum class Operation { Read, Write, Delete };
    [[nodiscard]] Answer call(Operation operation, const QByteArray& data = {});

    QString m_key;
    Outcome m_lastOutcome = Outcome::Ok;
};

// Tries the keychain and falls back to the file when the keychain cannot be
// reached (headless machines, CI, a desktop without a Secret Service). It
// remembers which one it used, so later calls do not wait on a dead D-Bus again.
class FallbackSessionStore final : public account::SessionStore {
public:
    enum class Backend { Undecided, Keychain, File };

    FallbackSessionStore(QString keychainKey, std::filesystem::path file);

    [[nodiscard]] Result<std::optional<account::StoredSession>> load() override;
    [[nodiscard]] Result<void> save(const account::StoredSession& session) override;
    [[nodiscard]] Result<void> clear() override;

    [[nodiscard]] Backend backend() const { return m_backend; }

private:
    KeychainSessionStore m_keychain;
    account::FileSessionStore m_file;
    Backend m_backend = Backend::Undecided;
};

// Keeps a session for this run only ("remember me" unchecked).
class MemorySessionStore final : public account::SessionStore {
public:
    [[nodiscard]] Result<std::optional<account::StoredSession>> load() override { return m_session; }
    [[nodiscard]] Result<void> save(const account::StoredSession& session) override
    {
        m_session = session;
        return {};
    }
    [[nodiscard]] Result<void> clear() override
    {
        m_session.reset();
        return {};
    }

private:
    std::optional<account::StoredSession> m_session;
};

// What AccountSession holds: saves go to the persistent store or to memory
// depending on "remember me", so a rotated refresh token lands where the
// session lives. A remembered session is loaded at start.
class RememberableSessionStore final : public account::SessionStore {
public:
    explicit RememberableSessionStore(std::unique_ptr<account::SessionStore> persistent);

    // Before a sign-in: where the coming session is kept.
    void setRemember(bool remember);
    // After a sign-in succeeded: forgets the session in the store not chosen,
    // so a previously remembered one cannot come back next run.
    void forgetTheOther();
    [[nodiscard]] bool remembers() const { return m_remember; }

    [[nodiscard]] Result<std::optional<account::StoredSession>> load() override;
    [[nodiscard]] Result<void> save(const account::StoredSession& session) override;
    [[nodiscard]] Result<void> clear() override;

private:
    std::unique_ptr<account::SessionStore> m_persistent;
    MemorySessionStore m_memory;
    bool m_remember = true;
};

} // namespace lectern::ui
