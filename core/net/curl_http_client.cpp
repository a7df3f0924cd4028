#include "net/curl_http_client.h"

#include <memory>
#include <string_view>
#include <utility>

#include <curl/curl.h>

#ifndef LECTERN_VERSION
#define LECTERN_VERSION "0.0.0"
#endif

namespace lectern::net {

namespace {

// curl_global_init is not guaranteed thread-safe on every libcurl build, and
// must precede any other call: do it once, on first use. Never cleaned up:
// other clients may live until exit, and the OS reclaims the rest.
CURLcode initialiseCurlOnce()
{
    static const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
    return code;
}

struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// State shared with libcurl's callbacks for one transfer.
struct Transfer {
    const HttpRequest& request;
    const CancelToken* cancel;
    std::size_t maxBodyBytes;
    HttpResponse response;
    bool tooLarge = false;
    bool sinkRefused = false;
};

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::size_t onHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t length = size * count;
    const std::string_view line = trim(std::string_view(data, length));
    if (line.starts_with("HTTP/")) {
        // A new status line starts a new header block (after 100 Continue or an
        // interim answer); only the final block describes the response.
        transfer.response.headers = HttpHeaders();
        const auto space = line.find(' ');
        int status = 0;
        if (space != std::string_view::npos) {
            for (std::size_t i = space + 1; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i)
                status = status * 10 + (line[i] - '0');
        }
        transfer.response.status = status;
    } else if (const auto colon = line.find(':'); colon != std::string_view::npos && colon > 0) {
        transfer.response.headers.add(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
    }
    return length;
}

std::size_t onBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto& transfer = *static_cast<Transfer*>(user);
    const std::size_t length = size * count;
    if (transfer.request.sink && transfer.response.isSuccess()) {
        if (!transfer.request.sink(std::string_view(data, length))) {
            transfer.sinkRefused = true;
            return 0;
        }
        transfer.response.sinkBytes += length;
        return length;
    }
    // Checked on the decoded bytes, so a small gzip bomb cannot blow past it.
    if (transfer.response.body.size() + length > transfer.maxBodyBytes) {
        transfer.tooLarge = true;
        return 0; // CURLE_WRITE_ERROR ends the transfer
    }
    transfer.response.body.append(data, length);
    return length;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto& transfer = *static_cast<Transfer*>(user);
    return transfer.cancel && transfer.cancel->isCancelled() ? 1 : 0;
}

std::string sizeText(std::size_t bytes)
{
    return bytes % (1 << 20) == 0 ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

ApiError transportError(CURLcode code, const Transfer& transfer, const char* errorBuffer)
{
    ApiError error;
    error.httpStatus = transfer.response.status;
    error.detail = errorBuffer[0] != '\0' ? errorBuffer : curl_easy_strerror(code);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: error.code = ApiErrorCode::Offline; break;
    case CURLE_OPERATION_TIMEDOUT: error.code = ApiErrorCode::Timeout; break;
    case CURLE_ABORTED_BY_CALLBACK: error.code = ApiErrorCode::Cancelled; break;
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge) {
            error.code = ApiErrorCode::BadResponse;
            error.detail = "response body larger than " + sizeText(transfer.maxBodyBytes);
        } else if (transfer.sinkRefused) {
            // The caller's own sink stopped the transfer (its disk is full, it
            // was told to stop): the caller knows why, the network did nothing wrong.
            error.code = ApiErrorCode::Cancelled;
            error.detail = "the body sink refused data";
        } else {
            error.code = ApiErrorCode::Network;
        }
        break;
    case CURLE_FILESIZE_EXCEEDED:
        error.code = ApiErrorCode::BadResponse;
        error.detail = "response body larger than " + sizeText(transfer.maxBodyBytes);
        break;
    case CURLE_PARTIAL_FILE:
        error.code = ApiErrorCode::BadResponse;
        error.detail = "truncated response body: " + error.detail;
        break;
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_WEIRD_SERVER_REPLY: error.code = ApiErrorCode::BadResponse; break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED: error.code = ApiErrorCode::Tls; break;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_FUNCTION_ARGUMENT: error.code = ApiErrorCode::InvalidRequest; break;
    default: error.code = ApiErrorCode::Network; break; // reset, empty reply, send/receive failure
    }
    return error;
}

} // namespace

std::string defaultUserAgent()
{
    return "Lectern/" LECTERN_VERSION " (Linux)";
}

CurlHttpClient::CurlHttpClient(CurlHttpClientOptions options)
    : m_options(std::move(options))
{
    initialiseCurlOnce();
}

CurlHttpClient::~CurlHttpClient()
{
    for (void* handle : m_idle)
        curl_easy_cleanup(handle);
}

void* CurlHttpClient::acquireHandle()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            void* handle = m_idle.back();
            m_idle.pop_back();
            return handle;
        }
    }
    if (initialiseCurlOnce() != CURLE_OK)
        return nullptr;
    return curl_easy_init();
}

void CurlHttpClient::releaseHandle(void* handle)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_idle.size() < m_options.maxIdleHandles) {
            m_idle.push_back(handle);
            return;
        }
    }
    curl_easy_cleanup(handle);
}

HttpResult CurlHttpClient::send(const HttpRequest& request, const CancelToken* cancel)
{
    if (cancel && cancel->isCancelled())
        return apiFail(ApiErrorCode::Cancelled);
    CURL* curl = acquireHandle();
    if (!curl)
        return apiFail(ApiErrorCode::InvalidRequest, "libcurl could not be initialised");
    struct Release {
        CurlHttpClient& client;
        CURL* handle;
        ~Release() { client.releaseHandle(handle); }
    } release{*this, curl};

    // Forget the previous request's options; live connections stay.
    curl_easy_reset(curl);

    Transfer transfer{request, cancel, m_options.maxBodyBytes, {}};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    Slist headers;
    auto addHeader = [&headers](const std::string& line) {
        curl_slist* extended = curl_slist_append(headers.get(), line.c_str());
        if (extended) {
            (void)headers.release();
            headers.reset(extended);
        }
    };
    for (const auto& [name, value] : request.headers.all())
        addHeader(value.empty() ? name + ";" : name + ": " + value); // "Name;" is curl's way to send an empty value
    if (!request.idempotencyKey.empty())
        addHeader("Idempotency-Key: " + request.idempotencyKey);
    // No "Expect: 100-continue" round trip: our bodies are small and the server answers at once.
    addHeader("Expect:");

    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.c_str());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes (gzip, deflate…)
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);  // the API never redirects; a redirect is an answer to report
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile.c_str());
    // Proxies: libcurl reads http_proxy / https_proxy / no_proxy itself when
    // CURLOPT_PROXY is left unset, which is what we want.

    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.timeouts.connect.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, request.timeouts.lowSpeedBytesPerSecond);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(request.timeouts.lowSpeedTime.count()));
    if (request.timeouts.total.count() > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeouts.total.count()));

    switch (request.method) {
    case HttpMethod::Get: curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L); break;
    case HttpMethod::Head: curl_easy_setopt(curl, CURLOPT_NOBODY, 1L); break;
    case HttpMethod::Post:
    case HttpMethod::Put:
    case HttpMethod::Patch:
    case HttpMethod::Delete:
        if (request.method != HttpMethod::Post)
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, methodName(request.method));
        if (request.method != HttpMethod::Delete || !request.body.empty()) {
            // The request outlives perform(), so libcurl may read the body in place.
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        }
        break;
    }
    if (request.resumeFrom > 0)
        curl_easy_setopt(curl, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(request.resumeFrom));
    if (!request.sink) // a known oversized Content-Length fails before a byte is read
        curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.maxBodyBytes));
    else // a media download: fewer, larger reads (libcurl's default is 16 KiB)
        curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 256L * 1024L);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());

    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    // The progress callback runs at least once a second even while nothing
    // arrives, which bounds how long a cancel takes to land.
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);

    const CURLcode code = curl_easy_perform(curl);
    // Don't leave pointers to this stack frame in a pooled handle.
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    if (code != CURLE_OK)
        return std::unexpected(transportError(code, transfer, errorBuffer));

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = static_cast<int>(status);
    return std::move(transfer.response);
}

} // namespace lectern::net
