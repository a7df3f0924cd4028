// A data folder Lectern cannot open ends in a clear, translated explanation, not a crash.
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "services/catalog_service.h"
#include "shell/startup_error.h"
#include "shell/translation_loader.h"
#include "store/database.h"

using namespace lectern;

class TestStartupError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newerSchemaIsRefusedWithAnExplanation_data();
    void newerSchemaIsRefusedWithAnExplanation();
};

void TestStartupError::newerSchemaIsRefusedWithAnExplanation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("created by a newer version of Lectern");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("由更新版本的 Lectern 创建");
}

void TestStartupError::newerSchemaIsRefusedWithAnExplanation()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    ui::TranslationLoader translations;
    translations.load(language);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lectern.db"));
    {
        auto db = store::Database::open(path.toStdString());
        QVERIFY(db);
        QVERIFY(db->exec("PRAGMA user_version = 9999"));
    }

    ui::CatalogService service;
    QSignalSpy failed(&service, &ui::CatalogService::openFailed);
    service.open(path, QStringLiteral(":/catalog/demo_catalog.json"));
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::SchemaTooNew);
    QVERIFY(!service.isOpen());

    // The dialog: find it once it is up, check its words, keep a picture, close it.
    QString shownText;
    QTimer::singleShot(0, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        shownText = box->text() + u'\n' + box->informativeText();
        if (const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !out.isEmpty()) {
            QDir().mkpath(out);
            box->grab().save(QDir(out).filePath(QStringLiteral("startup-error-") + language.left(2)
                                                + QStringLiteral(".png")));
        }
        box->done(QMessageBox::Close);
    });
    ui::showStartupError(nullptr, error, dir.path());
    QVERIFY2(shownText.contains(expected), qPrintable(shownText));
    QVERIFY(shownText.contains(dir.path()));
}

QTEST_MAIN(TestStartupError)
#include "test_startup_error.moc"
