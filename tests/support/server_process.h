// The real lectern-server for end-to-end tests: started on 127.0.0.1 port 0 in
// a temporary data folder, its printed address read back, stopped with SIGTERM.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace lectern::test {

class ServerProcess final {
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts `binary` with --data <temp> --listen 127.0.0.1:0 --quiet plus `extra`.
    // Returns false (with the reason in error()) when it does not come up in time.
    [[nodiscard]] bool start(const QString& binary, const QStringList& extra = {});
    // SIGTERM, then waits; returns the exit code (-1 if it had to be killed).
    int stop();

    [[nodiscard]] const std::string& baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }
    [[nodiscard]] const QString& error() const { return m_error; }
    // stdout lines printed before "listening" (the --demo accounts, for example).
    [[nodiscard]] const QString& startupOutput() const { return m_startupOutput; }
    // The demo password printed for `email` by --demo ("" when absent).
    [[nodiscard]] QString demoPassword(const QString& email) const;

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    std::string m_baseUrl;
    QString m_error;
    QString m_startupOutput;
};

} // namespace lectern::test
