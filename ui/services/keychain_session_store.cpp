#include "services/keychain_session_store.h"

#include <chrono>
#include <future>

#include <QDataStream>
#include <QCoreApplication>
#include <QIODevice>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace lectern::ui {

namespace {

QThread* g_keychainThread = nullptr;

void stopKeychainThread()
{
    g_keychainThread->quit();
    g_keychainThread->wait();
}

// A Secret Service that does not answer must not stall sync for ever.
constexpr auto kKeychainTimeout = std::chrono::seconds(10);
constexpr quint32 kFormatVersion = 1;

KeychainSessionStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return KeychainSessionStore::Outcome::Ok;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return KeychainSessionStore::Outcome::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what a missing D-Bus session usually looks like
        break;
    }
    return KeychainSessionStore::Outcome::NoBackend;
}

// A binary record rather than JSON: ui/ parses no JSON, and nothing but this
// class ever reads the entry.
QByteArray encode(const account::StoredSession& session)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const auto str = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
    out << kFormatVersion << str(session.serverUrl) << str(session.userId) << str(session.email)
        << str(session.displayName) << str(session.accessToken) << qint64{session.accessExpiresAt}
        << str(session.refreshToken) << qint64{session.refreshExpiresAt};
    return bytes;
}

std::optional<account::StoredSession> decode(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    QByteArray serverUrl, userId, email, displayName, accessToken, refreshToken;
    qint64 accessExpiresAt = 0;
    qint64 refreshExpiresAt = 0;
    in >> version;
    if (version != kFormatVersion)
        return std::nullopt;
    in >> serverUrl >> userId >> email >> displayName >> accessToken >> accessExpiresAt >> refreshToken
        >> refreshExpiresAt;
    if (in.status() != QDataStream::Ok || refreshToken.isEmpty() || serverUrl.isEmpty())
        return std::nullopt; // damaged: a signed-out state, not a crash
    return account::StoredSession{serverUrl.toStdString(),   userId.toStdString(),      email.toStdString(),
                                  displayName.toStdString(), accessToken.toStdString(), accessExpiresAt,
                                  refreshToken.toStdString(), refreshExpiresAt};
}

Error keychainError(const QString& what, const QString& detail)
{
    // The detail is QtKeychain's message; it never contains the secret.
    return Error{ErrorCode::Io, QString(what + QStringLiteral(": ") + detail).toStdString()};
}

} // namespace

// The one thread every keychain job runs on (see the header for why one), made
// on first use and stopped when the application object goes. It is not a
// service anyone reaches for: only this file knows it exists.
QObject* keychainContext()
{
    static QObject* const context = [] {
        g_keychainThread = new QThread; // lives until exit, like QtKeychain's executor
        g_keychainThread->setObjectName(QStringLiteral("lectern-keychain"));
        auto* object = new QObject;
        object->moveToThread(g_keychainThread);
        g_keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
        return object;
    }();
    return context;
}

struct KeychainSessionStore::Answer {
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data;
};

KeychainSessionStore::KeychainSessionStore(QString key)
    : m_key(std::move(key))
{
}

KeychainSessionStore::Answer KeychainSessionStore::call(Operation operation, const QByteArray& data)
{
    // Shared: a job that answers after the timeout still has somewhere to write.
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answer = promise->get_future();
    QMetaObject::invokeMethod(
        keychainContext(),
        [context = keychainContext(), key = m_key, operation, data, promise] {
            QKeychain::Job* job = nullptr;
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(kService, context);
                break;
            case Operation::Write: {
                auto* write = new QKeychain::WritePasswordJob(kService, context);
                write->setBinaryData(data);
                job = write;
                break;
            }
            case Operation::Delete:
                job = new QKeychain::DeletePasswordJob(kService, context);
                break;
            }
            job->setKey(key);
            job->setAutoDelete(false);
            QObject::connect(job, &QKeychain::Job::finished, context, [job, promise] {
                Answer result{job->error(), job->errorString(), {}};
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
                    result.data = read->binaryData();
                promise->set_value(std::move(result));
                job->deleteLater();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (answer.wait_for(kKeychainTimeout) != std::future_status::ready)
        return Answer{QKeychain::NoBackendAvailable, QStringLiteral("the keychain did not answer"), {}};
    return answer.get();
}

Result<std::optional<account::StoredSession>> KeychainSessionStore::load()
{
    const Answer answer = call(Operation::Read);
    m_lastOutcome = outcomeOf(answer.error);
    if (answer.error == QKeychain::EntryNotFound)
        return std::optional<account::StoredSession>{};
    if (answer.error != QKeychain::NoError)
        return std::unexpected(keychainError(QStringLiteral("keychain read"), answer.errorText));
    return decode(answer.data);
}

Result<void> KeychainSessionStore::save(const account::StoredSession& session)
{
    const Answer answer = call(Operation::Write, encode(session));
    m_lastOutcome = outcomeOf(answer.error);
    if (answer.error != QKeychain::NoError)
        return std::unexpected(keychainError(QStringLiteral("keychain write"), answer.errorText));
    return {};
}

Result<void> KeychainSessionStore::clear()
{
    const Answer answer = call(Operation::Delete);
    m_lastOutcome = outcomeOf(answer.error);
    if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(QStringLiteral("keychain delete"), answer.errorText));
    return {};
}

FallbackSessionStore::FallbackSessionStore(QString keychainKey, std::filesystem::path file)
    : m_keychain(std::move(keychainKey))
    , m_file(std::move(file))
{
}

Result<std::optional<account::StoredSession>> FallbackSessionStore::load()
{
    if (m_backend != Backend::File) {
        auto loaded = m_keychain.load();
        if (loaded) {
            m_backend = Backend::Keychain;
            if (*loaded)
                return loaded;
            // A session saved while the keychain was away is still in the file.
            return m_file.load();
        }
        m_backend = Backend::File;
    }
    return m_file.load();
}

Result<void> FallbackSessionStore::save(const account::StoredSession& session)
{
    if (m_backend != Backend::File) {
        if (m_keychain.save(session)) {
            m_backend = Backend::Keychain;
            // An older session must not linger on disk once the keychain holds the new one.
            (void)m_file.clear();
            return {};
        }
        m_backend = Backend::File;
    }
    return m_file.save(session);
}

Result<void> FallbackSessionStore::clear()
{
    if (m_backend != Backend::File && !m_keychain.clear())
        m_backend = Backend::File;
    return m_file.clear();
}

RememberableSessionStore::RememberableSessionStore(std::unique_ptr<account::SessionStore> persistent)
    : m_persistent(std::move(persistent))
{
}

void RememberableSessionStore::setRemember(bool remember)
{
    m_remember = remember;
}

void RememberableSessionStore::forgetTheOther()
{
    if (m_remember)
        (void)m_memory.clear();
    else
        (void)m_persistent->clear();
}

Result<std::optional<account::StoredSession>> RememberableSessionStore::load()
{
    return m_remember ? m_persistent->load() : m_memory.load();
}

Result<void> RememberableSessionStore::save(const account::StoredSession& session)
{
    return m_remember ? m_persistent->save(session) : m_memory.save(session);
}

Result<void> RememberableSessionStore::clear()
{
    (void)m_memory.clear();
    return m_persistent->clear();
}

} // namespace lectern::ui
