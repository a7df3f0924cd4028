#include "media/threaded_sink.h"

#include <exception>
#include <utility>

#include <sodium.h>

namespace lectern::media {

ThreadedSink::ThreadedSink(MediaSink& inner, std::size_t blockBytes, std::size_t depth)
    : m_inner(inner)
    , m_blockBytes(blockBytes == 0 ? 1 : blockBytes)
    , m_depth(depth == 0 ? 1 : depth)
{
    m_filling.reserve(m_blockBytes);
    m_worker = std::thread([this] { run(); });
}

ThreadedSink::~ThreadedSink()
{
    (void)drain(); // what arrived is kept for a resume, as the inner sink would have
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
    m_spare.push_back(std::move(m_filling));
    for (std::string& block : m_spare) {
        block.resize(block.capacity()); // the whole buffer, not only what is in use
        sodium_memzero(block.data(), block.size());
    }
}

void ThreadedSink::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, nothing left
        std::string block = std::move(m_queue.front());
        m_queue.pop_front();
        const bool failed = m_error.has_value();
        m_busy = true;
        lock.unlock();
        // After a failure the inner sink takes nothing more: what it stored is
        // a prefix, and bytes after a hole would not be.
        MediaResult<void> appended;
        if (!failed) {
            try {
                appended = m_inner.append(block);
            } catch (const std::exception& e) { // not across the thread: it would end the process
                appended = mediaFail(MediaErrorCode::Io, std::string("cannot store the download: ") + e.what());
            }
        }
        block.clear();
        lock.lock();
        m_busy = false;
        if (!appended && !m_error)
            m_error = appended.error();
        m_spare.push_back(std::move(block));
        m_changed.notify_all();
    }
}

MediaResult<void> ThreadedSink::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < m_depth || m_error; });
    if (m_error)
        return std::unexpected(*m_error);
    if (m_filling.empty())
        return {};
    m_queue.push_back(std::move(m_filling));
    if (m_spare.empty()) {
        m_filling = std::string();
        m_filling.reserve(m_blockBytes);
    } else {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    }
    m_changed.notify_all();
    return {};
}

MediaResult<void> ThreadedSink::append(std::string_view plaintext)
{
    while (!plaintext.empty()) {
        const std::size_t room = m_blockBytes - m_filling.size();
        const std::size_t take = plaintext.size() < room ? plaintext.size() : room;
        m_filling.append(plaintext.substr(0, take));
        plaintext.remove_prefix(take);
        if (m_filling.size() == m_blockBytes) {
            if (auto ok = handOver(); !ok)
                return ok;
        }
    }
    std::lock_guard lock(m_mutex);
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

MediaResult<void> ThreadedSink::drain()
{
    auto handed = handOver();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    if (m_error)
        return std::unexpected(*m_error);
    return handed;
}

MediaResult<std::uint64_t> ThreadedSink::resumableBytes()
{
    (void)drain(); // a failed block is not counted: the inner sink says what it holds
    return m_inner.resumableBytes();
}

MediaResult<void> ThreadedSink::readPrefix(const std::function<void(std::string_view)>& consume)
{
    if (auto ok = drain(); !ok)
        return ok;
    return m_inner.readPrefix(consume);
}

MediaResult<void> ThreadedSink::checkpoint()
{
    // After a failure the inner sink still makes durable what it did store.
    auto drained = drain();
    auto synced = m_inner.checkpoint();
    return drained ? synced : drained;
}

MediaResult<void> ThreadedSink::commit()
{
    if (auto ok = drain(); !ok)
        return ok;
    return m_inner.commit();
}

void ThreadedSink::discard()
{
    {
        std::unique_lock lock(m_mutex);
        m_queue.clear();
        m_changed.wait(lock, [this] { return !m_busy; });
        m_error.reset();
    }
    m_filling.clear();
    m_inner.discard();
}

} // namespace lectern::media
