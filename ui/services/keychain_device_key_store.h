// Where the app keeps the device key that unlocks downloaded paid media
// (core/media/device_key.h): the OS keychain (Secret Service via QtKeychain)
// when one answers, else core's 0600 file. Each call blocks until the keychain
// answers or times out, so call it from a worker thread.
#pragma once

#include <filesystem>
#include <optional>

#include <QString>

#include "media/device_key.h"

class QObject;

namespace lectern::ui {

// One keychain entry holding the key. QtKeychain runs every job through a
// process-wide executor bound to the thread that first used it, so all
// keychain jobs of the app must run on ONE thread: pass `keychainContext()`
// (keychain_session_store.h), the object living on the thread
// KeychainSessionStore uses too; jobs are created there with it as parent.
class KeychainDeviceKeyStore final : public media::DeviceKeyStore {
public:
    // A missing backend is a reason to fall back; an absent entry is not.
    enum class Outcome { Ok, NoBackend, Failed };

    KeychainDeviceKeyStore(QObject* keychainThread, QString key);

    // The stored key, or a new one saved to the keychain first.
    [[nodiscard]] media::MediaResult<media::DeviceKey> loadOrCreate() override;
    // nullopt when there is no entry.
    [[nodiscard]] media::MediaResult<std::optional<media::DeviceKey>> load();
    [[nodiscard]] media::MediaResult<void> save(const media::DeviceKey& key);

    [[nodiscard]] Outcome lastOutcome() const { return m_lastOutcome; }

    static inline const QString kService = QStringLiteral("org.lectern.Lectern.media");

private:
    struct Answer;
    enum class Operation { Read, Write };
    [[nodiscard]] Answer call(Operation operation, const QByteArray& data = {});

    QObject* m_keychainThread;
    QString m_key;
    Outcome m_lastOutcome = Outcome::Ok;
};

// The keychain first, core's file when the keychain is out of reach. A key is
// never silently replaced: losing it makes every download unreadable, so
//  - a key found in either place is used as it is (no migration between them);
//  - a key made while the keychain answers goes to the keychain, and a marker
//    file `<file>.in-keychain` records that; on a later run where the keychain
//    does not answer, the marker turns "no key" into an error instead of a new
//    file key (the keychain may answer again next time);
//  - otherwise the key goes to the file.
// The key is loaded once per object; later calls return the same key.
class FallbackDeviceKeyStore final : public media::DeviceKeyStore {
public:
    enum class Backend { Undecided, Keychain, File };

    FallbackDeviceKeyStore(QObject* keychainThread, QString keychainKey, std::filesystem::path file);

    [[nodiscard]] media::MediaResult<media::DeviceKey> loadOrCreate() override;

    [[nodiscard]] Backend backend() const { return m_backend; }

private:
    KeychainDeviceKeyStore m_keychain;
    media::FileDeviceKeyStore m_file;
    std::filesystem::path m_marker;
    std::optional<media::DeviceKey> m_key;
    Backend m_backend = Backend::Undecided;
};

} // namespace lectern::ui
