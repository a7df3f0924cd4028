#include "services/keychain_device_key_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <memory>
#include <string_view>

#include <qt6keychain/keychain.h>

#include <QByteArray>
#include <QObject>

namespace lectern::ui {

namespace {

// A Secret Service that does not answer must not stall a download for ever.
constexpr auto kKeychainTimeout = std::chrono::seconds(10);
// The entry: a magic and version, then the key's bytes.
constexpr std::string_view kEntryMagic = "LECTDK01";

KeychainDeviceKeyStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return KeychainDeviceKeyStore::Outcome::Ok;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return KeychainDeviceKeyStore::Outcome::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what a missing D-Bus session usually looks like
        break;
    }
    return KeychainDeviceKeyStore::Outcome::NoBackend;
}

media::MediaError keychainError(const char* what, const QString& detail)
{
    // The detail is QtKeychain's message; it never contains the secret.
    return {media::MediaErrorCode::Io, std::string(what) + ": " + detail.toStdString()};
}

// Overwrites a QByteArray's own bytes (detaching first would copy them).
void wipe(QByteArray& bytes)
{
    if (bytes.isDetached()) // a shared buffer is the other owner's to wipe
        bytes.fill('\0');
    bytes.clear();
}

} // namespace

struct KeychainDeviceKeyStore::Answer {
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data;

    Answer(QKeychain::Error e, QString text, QByteArray bytes)
        : error(e)
        , errorText(std::move(text))
        , data(std::move(bytes))
    {
    }
    Answer(Answer&&) = default;
    Answer& operator=(Answer&&) = default;
    ~Answer() { wipe(data); }
};

KeychainDeviceKeyStore::KeychainDeviceKeyStore(QObject* keychainThread, QString key)
    : m_keychainThread(keychainThread)
    , m_key(std::move(key))
{
}

KeychainDeviceKeyStore::Answer KeychainDeviceKeyStore::call(Operation operation, const QByteArray& data)
{
    // Shared: a job that answers after the timeout still has somewhere to write.
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answer = promise->get_future();
    QMetaObject::invokeMethod(
        m_keychainThread,
        [context = m_keychainThread, key = m_key, operation, data, promise] {
            QKeychain::Job* job = nullptr;
            if (operation == Operation::Read) {
                job = new QKeychain::ReadPasswordJob(kService, context);
            } else {
                auto* write = new QKeychain::WritePasswordJob(kService, context);
                write->setBinaryData(data);
                job = write;
            }
            job->setKey(key);
            job->setAutoDelete(false);
            QObject::connect(job, &QKeychain::Job::finished, context, [job, promise] {
                QByteArray bytes;
                if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
                    bytes = read->binaryData();
                promise->set_value(Answer{job->error(), job->errorString(), std::move(bytes)});
                job->deleteLater();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (answer.wait_for(kKeychainTimeout) != std::future_status::ready)
        return Answer{QKeychain::NoBackendAvailable, QStringLiteral("the keychain did not answer"), {}};
    return answer.get();
}

media::MediaResult<std::optional<media::DeviceKey>> KeychainDeviceKeyStore::load()
{
    const Answer answer = call(Operation::Read);
    m_lastOutcome = outcomeOf(answer.error);
    if (answer.error == QKeychain::EntryNotFound)
        return std::optional<media::DeviceKey>{};
    if (answer.error != QKeychain::NoError)
        return std::unexpected(keychainError("keychain read", answer.errorText));
    const auto size = static_cast<std::size_t>(answer.data.size());
    if (size != kEntryMagic.size() + media::kDeviceKeyBytes
        || std::string_view(answer.data.constData(), kEntryMagic.size()) != kEntryMagic)
        return media::mediaFail(media::MediaErrorCode::Corrupt, "the keychain entry is not a Lectern device key");
    const auto* bytes = reinterpret_cast<const unsigned char*>(answer.data.constData()) + kEntryMagic.size();
    return media::DeviceKey::fromBytes(std::span(bytes, media::kDeviceKeyBytes));
}

media::MediaResult<void> KeychainDeviceKeyStore::save(const media::DeviceKey& key)
{
    QByteArray entry(kEntryMagic.data(), static_cast<qsizetype>(kEntryMagic.size()));
    entry.append(reinterpret_cast<const char*>(key.bytes().data()), static_cast<qsizetype>(key.bytes().size()));
    const Answer answer = call(Operation::Write, entry);
    wipe(entry);
    m_lastOutcome = outcomeOf(answer.error);
    if (answer.error != QKeychain::NoError)
        return std::unexpected(keychainError("keychain write", answer.errorText));
    return {};
}

media::MediaResult<media::DeviceKey> KeychainDeviceKeyStore::loadOrCreate()
{
    auto loaded = load();
    if (!loaded)
        return std::unexpected(loaded.error());
    if (*loaded)
        return std::move(**loaded);
    media::DeviceKey key = media::DeviceKey::generate();
    if (auto saved = save(key); !saved)
        return std::unexpected(saved.error());
    return key;
}

FallbackDeviceKeyStore::FallbackDeviceKeyStore(QObject* keychainThread, QString keychainKey,
                                               std::filesystem::path file)
    : m_keychain(keychainThread, std::move(keychainKey))
    , m_file(file)
    , m_marker(file.string() + ".in-keychain")
{
}

media::MediaResult<media::DeviceKey> FallbackDeviceKeyStore::loadOrCreate()
{
    if (m_key)
        return *m_key;
    const auto remember = [this](media::DeviceKey key, Backend backend) -> media::MediaResult<media::DeviceKey> {
        m_backend = backend;
        m_key = key;
        return key;
    };

    auto fromKeychain = m_keychain.load();
    if (fromKeychain && *fromKeychain)
        return remember(std::move(**fromKeychain), Backend::Keychain);
    auto fromFile = m_file.load();
    if (fromFile && *fromFile)
        return remember(std::move(**fromFile), Backend::File);
    if (!fromFile && fromFile.error().code != media::MediaErrorCode::Corrupt)
        return std::unexpected(fromFile.error());

    std::error_code ec;
    if (fromKeychain) {
        // The keychain answers and holds nothing: the new key goes there. The
        // marker is written first, so no run can ever believe there was no key.
        const int fd = ::open(m_marker.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
            media::DeviceKey key = media::DeviceKey::generate();
            if (m_keychain.save(key))
                return remember(std::move(key), Backend::Keychain);
            std::filesystem::remove(m_marker, ec);
        }
    } else if (std::filesystem::exists(m_marker, ec)) {
        return media::mediaFail(media::MediaErrorCode::Io,
                                "the keychain that holds this device's media key does not answer");
    }
    auto created = m_file.saveIfAbsent(media::DeviceKey::generate());
    if (!created)
        return std::unexpected(created.error());
    return remember(std::move(*created), Backend::File);
}

} // namespace lectern::ui
