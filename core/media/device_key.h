// The key that ties downloaded paid media to this device: every encrypted
// file's own key is wrapped with it (docs/media-format.md), so a download
// folder copied to another machine opens nothing. It lives in the OS keychain
// (ui/services/keychain_device_key_store.h) or, as a fallback and for
// lectern-cli, in a 0600 file. It is never written to SQLite, QSettings or a log.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>

#include "media/media_error.h"

namespace lectern::media {

inline constexpr std::size_t kDeviceKeyBytes = 32;

// 32 secret bytes, wiped when the object goes. Deliberately no string form and
// no stream operator, so it cannot end up in a log line by accident.
class DeviceKey final {
public:
    // A fresh random key (libsodium's CSPRNG).
    [[nodiscard]] static DeviceKey generate();
    // nullopt unless `bytes` is exactly kDeviceKeyBytes long.
    [[nodiscard]] static std::optional<DeviceKey> fromBytes(std::span<const unsigned char> bytes);

    DeviceKey(const DeviceKey& other) = default;
    DeviceKey& operator=(const DeviceKey& other) = default;
    // A moved-from key is wiped, so at most the copies someone asked for exist.
    DeviceKey(DeviceKey&& other) noexcept;
    DeviceKey& operator=(DeviceKey&& other) noexcept;
    ~DeviceKey();

    [[nodiscard]] std::span<const unsigned char, kDeviceKeyBytes> bytes() const { return m_bytes; }

private:
    DeviceKey() = default;
    void wipe();

    std::array<unsigned char, kDeviceKeyBytes> m_bytes{};
};

// Where this device's key is kept between runs.
class DeviceKeyStore {
public:
    virtual ~DeviceKeyStore() = default;
    // The stored key, or a new one saved first when there is none. A store must
    // not hand out a key it failed to save: files encrypted with it would be
    // unreadable after a restart.
    [[nodiscard]] virtual MediaResult<DeviceKey> loadOrCreate() = 0;
};

// The key in a mode-0600 file (8-byte magic "LECTDK01" + 32 key bytes). A new
// key is written to a temporary file (0600 from the first byte), fsynced and
// then hard-linked into place, which fails when the file already exists: two
// processes starting at once (the app and lectern-cli) end up with the same
// key, never with two keys of which one is lost.
class FileDeviceKeyStore final : public DeviceKeyStore {
public:
    explicit FileDeviceKeyStore(std::filesystem::path file);

    [[nodiscard]] MediaResult<DeviceKey> loadOrCreate() override;

    // nullopt when there is no file; Corrupt when it is not a key file.
    [[nodiscard]] MediaResult<std::optional<DeviceKey>> load() const;
    // Stores `key` unless a key file exists, and returns the key now stored
    // (ours or the one that was there). A damaged key file is replaced: the key
    // it held is gone either way, and the Downloads page offers a re-download
    // for files that answer WrongKey.
    [[nodiscard]] MediaResult<DeviceKey> saveIfAbsent(const DeviceKey& key);

    [[nodiscard]] const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

} // namespace lectern::media
