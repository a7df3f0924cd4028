#include <QTest>

#include <set>

#include <nlohmann/json.hpp>

#include "catalog_fixtures.h"
#include "protocol/catalog_json.h"

using namespace lectern;
using nlohmann::json;

class TestCatalogJson final : public QObject {
    Q_OBJECT

    static json minimalCatalog()
    {
        protocol::Catalog catalog;
        catalog.instructors.push_back(test::instructor(1, "王磊"));
        catalog.courses.push_back(test::course(1, "Python 入门"));
        return json::parse(protocol::serializeCatalog(catalog));
    }

    static std::string errorOf(const json& document)
    {
        auto parsed = protocol::parseCatalog(document.dump());
        return parsed ? std::string("parsed") : parsed.error().describe();
    }

private Q_SLOTS:
    void roundTripsEveryField()
    {
        protocol::Catalog catalog;
        catalog.instructors.push_back(test::instructor(1, "王磊"));
        auto c = test::course(1, "Python 入门", "描述\n第二段");
        c.tags = {"python", "编程"};
        c.sections[0].lessons[0].mediaSize = 12345;
        c.sections[0].lessons[0].mediaSha256 = std::string(64, 'a');
        catalog.courses.push_back(c);
        auto parsed = protocol::parseCatalog(protocol::serializeCatalog(catalog));
        QVERIFY2(parsed.has_value(), parsed ? "" : parsed.error().describe().c_str());
        QCOMPARE(parsed->courses.size(), std::size_t(1));
        QVERIFY(parsed->courses[0] == c);
        QVERIFY(parsed->instructors[0] == catalog.instructors[0]);
    }
    void demoCatalogIsValid()
    {
        auto parsed = protocol::parseCatalog(test::readFile(test::demoCatalogPath()));
        QVERIFY2(parsed.has_value(), parsed ? "" : parsed.error().describe().c_str());
        QVERIFY(parsed->courses.size() >= 40);
        std::set<std::string> categories;
        for (const auto& c : parsed->courses)
            categories.insert(c.category);
        QVERIFY(categories.size() >= 8);
    }
    void namesRecordAndFieldOfTheError_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad kind") << "/courses/0/sections/0/lessons/1/kind" << R"("movie")"
                                  << "courses[0] (%1).sections[0].lessons[1].kind: must be one of";
        QTest::newRow("negative price") << "/courses/0/price/amount_minor" << "-5"
                                        << "courses[0] (%1).price.amount_minor: must be between 0";
        QTest::newRow("string rating") << "/courses/0/rating" << R"("4.5")" << "courses[0] (%1).rating: must be a number";
        QTest::newRow("bad uuid") << "/courses/0/sections/0/id" << R"("../../etc/passwd")"
                                  << "courses[0] (%1).sections[0].id: must be a lower-case UUID";
        QTest::newRow("bad date") << "/courses/0/published_at" << R"("yesterday")"
                                  << "courses[0] (%1).published_at: must be an RFC 3339 time";
        QTest::newRow("unknown field") << "/courses/0/titel" << R"("typo")" << "courses[0] (%1).titel: is not a known field";
        QTest::newRow("empty title") << "/courses/0/title" << R"("")" << "courses[0] (%1).title: must not be empty";
        QTest::newRow("bad category") << "/courses/0/category" << R"("cooking")" << "courses[0] (%1).category: must be one of";
        QTest::newRow("no sections") << "/courses/0/sections" << "[]" << "courses[0] (%1).sections: must have at least 1";
        QTest::newRow("wrong version") << "/version" << "7" << "version: is not a version";
    }
    void namesRecordAndFieldOfTheError()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        json document = minimalCatalog();
        document[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
        const std::string courseId = test::testId(1001);
        const std::string want = expected.arg(QString::fromStdString(courseId)).toStdString();
        const std::string got = errorOf(document);
        QVERIFY2(got.rfind(want, 0) == 0, ("got: " + got + "\nwant prefix: " + want).c_str());
    }
    void rejectsDuplicateIdsAndBrokenText()
    {
        json document = minimalCatalog();
        document["courses"].push_back(document["courses"][0]);
        QVERIFY(errorOf(document).find("duplicates an id") != std::string::npos);
        QCOMPARE(errorOf(json::parse("[1,2]")), std::string("must be an object"));
        QCOMPARE(protocol::parseCatalog("{\"format\": ").error().describe(), std::string("is not valid JSON"));
        QVERIFY(!protocol::parseCatalog(std::string("\xff\xfe garbage")).has_value());
        json nul = minimalCatalog();
        nul["courses"][0]["title"] = std::string("a\0b", 3);
        QVERIFY(errorOf(nul).find("NUL") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestCatalogJson)
#include "test_catalog_json.moc"
