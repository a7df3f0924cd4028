#include "http/http_server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>

namespace lectern::server {

namespace {

ApiRequest toApiRequest(const httplib::Request& req)
{
    ApiRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [key, value] : req.params)
        request.query.emplace(key, value);
    for (const auto& [key, value] : req.headers)
        request.headers.emplace(key, value);
    request.body = req.body;
    request.clientAddress = req.remote_addr;
    return request;
}

void writeResponse(ApiResponse&& response, httplib::Response& res)
{
    res.status = response.status;
    for (const auto& [name, value] : response.headers)
        res.set_header(name, value);
    if (response.stream) {
        auto stream = response.stream;
        res.set_content_provider(static_cast<std::size_t>(stream->length), response.contentType,
                                 [stream](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                     std::string chunk;
                                     const std::size_t want = std::min<std::size_t>(length, 256 * 1024);
                                     if (!stream->read(offset, want, chunk) || chunk.empty())
                                         return false;
                                     return sink.write(chunk.data(), chunk.size());
                                 });
        return;
    }
    if (response.status == 204 || response.status == 304)
        return;
    if (!response.rawBody.empty() || response.json.is_null()) {
        // Moved, not copied: a feed page is hundreds of KB, and one more copy
        // of it per request is memory the allocator then churns.
        res.set_content(std::string(), response.contentType);
        res.body = std::move(response.rawBody);
    } else
        res.set_content(response.json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                        "application/json; charset=utf-8");
}

const char* defaultCode(int status)
{
    switch (status) {
    case 400: return "bad_request";
    case 404: return "not_found";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 416: return "range_not_satisfiable";
    default: return "internal";
    }
}

// cpp-httplib 0.11.4 applies the Range header to every response it writes: it
// slices bodies a second time (a 206 we already cut, JSON error bodies) and adds
// its own Content-Range. Ranges are the handlers' business (media/range_request),
// so httplib's parsed copy is dropped. The Request is a non-const object inside
// httplib handed to us as const&, so the const_cast is well-defined.
void disownRanges(const httplib::Request& req) { const_cast<httplib::Request&>(req).ranges.clear(); }

} // namespace

HttpServer::HttpServer(const Router& router, ListenOptions options)
    : m_router(router)
    , m_options(std::move(options))
    , m_server(std::make_unique<httplib::Server>())
{
    httplib::Server& svr = *m_server;
    const int threads = m_options.threads;
    svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    svr.set_payload_max_length(m_options.maxBodyBytes);
    svr.set_read_timeout(m_options.readTimeoutSeconds, 0);
    svr.set_write_timeout(m_options.writeTimeoutSeconds, 0);
    svr.set_keep_alive_timeout(5);

    auto route = [this](const httplib::Request& req, httplib::Response& res) {
        const auto start = std::chrono::steady_clock::now();
        disownRanges(req);
        writeResponse(m_router.handle(toApiRequest(req)), res);
        if (m_options.logRequests) {
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            // Never the query string or headers: they may carry tokens.
            std::fprintf(stderr, "%s %s %d %.1fms\n", req.method.c_str(), req.path.c_str(), res.status, ms);
        }
    };
    svr.Get(".*", route);
    svr.Post(".*", route);
    svr.Put(".*", route);
    svr.Patch(".*", route);
    svr.Delete(".*", route);

    // Errors httplib produces before routing (oversized body, bad request line)
    // still get the API's error shape.
    svr.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
        disownRanges(req);
        if (!res.body.empty())
            return;
        ApiError error{res.status, defaultCode(res.status),
                       res.status == 413 ? "the request body is too large" : "the request could not be handled", {}, 0};
        // httplib answers 416 before routing when it cannot parse Range; the
        // API calls that a broken header (400), as the handlers do.
        if (res.status == 416 && req.has_header("Range"))
            error = ApiError{400, "invalid_range_header", "Range: expected bytes=A-B, bytes=A- or bytes=-N", "Range", 0};
        res.status = error.status;
        res.set_content(error.toJson().dump(), "application/json; charset=utf-8");
        if (m_options.logRequests)
            std::fprintf(stderr, "%s %s %d -\n", req.method.c_str(), req.path.c_str(), res.status);
    });
    svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(ApiError{}.toJson().dump(), "application/json; charset=utf-8");
    });
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::bind()
{
    int port = m_options.port;
    if (port == 0) {
        port = m_server->bind_to_any_port(m_options.host);
        if (port <= 0)
            return fail(ErrorCode::Io, "cannot bind to " + m_options.host);
    } else if (!m_server->bind_to_port(m_options.host, port)) {
        return fail(ErrorCode::Io, "cannot listen on " + m_options.host + ":" + std::to_string(port)
                                       + " (in use, or not an address of this machine)");
    }
    return port;
}

void HttpServer::serve() { m_server->listen_after_bind(); }

void HttpServer::stop() { m_server->stop(); }

} // namespace lectern::server
