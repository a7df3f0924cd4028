#include "server_process.h"

#include <QRegularExpression>

#include <cstdlib>

namespace lectern::test {

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool ServerProcess::start(const QString& binary, const QStringList& extra)
{
    // Loopback only: a proxy from the environment must not get in the way.
    for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"})
        unsetenv(name);
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary, QStringList{QStringLiteral("--data"), m_dataDir.path(), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--quiet")}
                                + extra);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    for (int i = 0; i < 1200 && m_baseUrl.empty(); ++i) { // up to 2 minutes: --demo may generate media
        if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
            break;
        m_startupOutput += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = listening.match(m_startupOutput); match.hasMatch())
            m_baseUrl = match.captured(1).toStdString();
    }
    if (m_baseUrl.empty())
        m_error = QStringLiteral("no listening line in: ") + m_startupOutput;
    return !m_baseUrl.empty();
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerProcess::demoPassword(const QString& email) const
{
    for (const QString& line : m_startupOutput.split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts[0] == email)
            return parts[1];
    }
    return {};
}

} // namespace lectern::test
