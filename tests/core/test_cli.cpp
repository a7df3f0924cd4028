// Drives the real lectern-cli binary the way a script would.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "catalog_fixtures.h"

class TestCli final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    Run cli(const QStringList& args)
    {
        QProcess process;
        process.start(qEnvironmentVariable("LECTERN_CLI"),
                      QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
        if (!process.waitForFinished(120000))
            qFatal("lectern-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void importsAndSearchesTheDemoCatalog()
    {
        const auto imported = cli({QStringLiteral("import-catalog"), QString::fromStdString(lectern::test::demoCatalogPath())});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains(QStringLiteral("courses")));

        const auto found = cli({QStringLiteral("search"), QStringLiteral("react hooks")});
        QCOMPARE(found.exitCode, 0);
        const QString firstLine = found.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QStringLiteral("1\t")) && firstLine.contains(QStringLiteral("React Hooks")),
                 qPrintable(found.out));

        const auto json = cli({QStringLiteral("search"), QStringLiteral("机器学习"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"total\"")));
        QVERIFY(json.out.contains(QStringLiteral("机器学习")));

        const auto free = cli({QStringLiteral("search"), QString(), QStringLiteral("--free"), QStringLiteral("--limit"),
                               QStringLiteral("100")});
        QCOMPARE(free.exitCode, 0);
        for (const QString& line : free.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QStringLiteral("\tfree\t")), qPrintable(line));

        const auto info = cli({QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("schema version: ")));
    }

    void badFileIsRejectedWithRecordAndField()
    {
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        std::string text = lectern::test::readFile(lectern::test::demoCatalogPath());
        const auto at = text.find("\"kind\": \"video\"");
        QVERIFY(at != std::string::npos);
        text.replace(at, 15, "\"kind\": \"movie\"");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.data(), static_cast<qint64>(text.size()));
        out.close();
        const auto before = cli({QStringLiteral("info")}).out;
        const auto result = cli({QStringLiteral("import-catalog"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("courses[")) && result.err.contains(QStringLiteral(".kind")),
                 qPrintable(result.err));
        QCOMPARE(cli({QStringLiteral("info")}).out, before);
    }

    void generatesSyntheticCatalogs()
    {
        QTemporaryDir other;
        QProcess process;
        process.start(qEnvironmentVariable("LECTERN_CLI"),
                      {QStringLiteral("--data-dir"), other.path(), QStringLiteral("generate-catalog"),
                       QStringLiteral("--courses"), QStringLiteral("500")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        process.start(qEnvironmentVariable("LECTERN_CLI"),
                      {QStringLiteral("--data-dir"), other.path(), QStringLiteral("search"), QStringLiteral("编程"),
                       QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!process.readAllStandardOutput().contains("\"total\": 0,"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("-3")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("generate-catalog"), QStringLiteral("--courses"), QStringLiteral("lots")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
