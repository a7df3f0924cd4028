#include <QTest>

#include "media/webvtt.h"

using namespace lectern::media;
using Cues = std::vector<WebVttCue>;

class TestWebVtt final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTimestamps()
    {
        QCOMPARE(parseWebVttTimestamp("00:01.500"), 1500);
        QCOMPARE(parseWebVttTimestamp("01:02:03.004"), 3'723'004);
        QCOMPARE(parseWebVttTimestamp("100:00:00.000"), 360'000'000);
        QCOMPARE(parseWebVttTimestamp("1:02.000"), -1);   // minutes need two digits
        QCOMPARE(parseWebVttTimestamp("00:60.000"), -1);  // seconds < 60
        QCOMPARE(parseWebVttTimestamp("00:01,500"), -1);  // SRT's comma is not WebVTT
        QCOMPARE(parseWebVttTimestamp("00:01.5"), -1);
        QCOMPARE(parseWebVttTimestamp(""), -1);
    }
    void parsesCuesWithIdsSettingsAndMarkup()
    {
        const auto cues = parseWebVtt("\xEF\xBB\xBFWEBVTT - lesson 1\r\nKind: captions\r\n\r\n"
                                      "NOTE written by hand\r\nstill the note\r\n\r\n"
                                      "intro\r\n00:00.000 --> 00:02.500 align:start line:90%\r\n"
                                      "<v Ada>Hello</v> &amp; <b>welcome</b>\r\nsecond line\r\n\r\n"
                                      "00:03.000-->00:04.000\r\n"
                                      "x &lt; y\r\n");
        QVERIFY(cues.has_value());
        QCOMPARE(cues->size(), std::size_t(2));
        QCOMPARE((*cues)[0], (WebVttCue{0, 2500, "Hello & welcome\nsecond line"}));
        QCOMPARE((*cues)[1], (WebVttCue{3000, 4000, "x < y"}));
    }
    void skipsBrokenCuesAndSorts()
    {
        const auto cues = parseWebVtt("WEBVTT\n\n"
                                      "00:05.000 --> 00:06.000\nlater\n\n"
                                      "00:02.000 --> 00:01.000\nends before it starts\n\n"
                                      "garbage --> 00:01.000\nbad start\n\n"
                                      "STYLE\n::cue { color: red }\n\n"
                                      "00:01.000 --> 00:02.000\nearlier\n");
        QVERIFY(cues.has_value());
        QCOMPARE(*cues, (Cues{{1000, 2000, "earlier"}, {5000, 6000, "later"}}));
    }
    void rejectsFilesWithoutSignature()
    {
        QVERIFY(!parseWebVtt("").has_value());
        QVERIFY(!parseWebVtt("1\n00:00:01,000 --> 00:00:02,000\nSRT\n").has_value());
        QVERIFY(!parseWebVtt("WEBVTTX\n").has_value());
        QCOMPARE(parseWebVtt("WEBVTT").value().size(), std::size_t(0));
    }
    void chineseTextSurvives()
    {
        const auto cues = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\n欢迎学习 <i>机器学习</i>\n");
        QVERIFY(cues.has_value());
        QCOMPARE((*cues)[0].text, std::string("欢迎学习 机器学习"));
    }
    void textAtPosition()
    {
        const Cues cues{{0, 1000, "a"}, {500, 1500, "b"}, {2000, 3000, "c"}};
        QCOMPARE(webVttTextAt(cues, 0), std::string("a"));
        QCOMPARE(webVttTextAt(cues, 700), std::string("a\nb"));
        QCOMPARE(webVttTextAt(cues, 1000), std::string("b")); // end is exclusive
        QCOMPARE(webVttTextAt(cues, 1700), std::string());
        QCOMPARE(webVttTextAt(cues, 2999), std::string("c"));
        QCOMPARE(webVttTextAt({}, 10), std::string());
    }
};

QTEST_APPLESS_MAIN(TestWebVtt)
#include "test_webvtt.moc"
