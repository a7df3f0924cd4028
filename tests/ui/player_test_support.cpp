#include "player_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include "util/uuid.h"

namespace lectern::test {

NullAudioServer::NullAudioServer()
{
    const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (pulseaudio.isEmpty() || !m_runtime.isValid())
        return;
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(QProcess::nullDevice()); // it warns about running as root, D-Bus…
    m_process->start(pulseaudio, {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                                  QStringLiteral("--exit-idle-time=-1"),
                                  QStringLiteral("--load=module-native-protocol-unix"),
                                  QStringLiteral("--load=module-null-sink sink_name=nullsink"),
                                  QStringLiteral("--load=module-always-sink")});
    if (!m_process->waitForStarted(5000))
        return;
    const QString socket = m_runtime.path() + QStringLiteral("/pulse/native");
    for (int i = 0; i < 100 && !QFileInfo::exists(socket); ++i)
        QThread::msleep(50);
    if (!QFileInfo::exists(socket))
        return;
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    qputenv("PULSE_SERVER", QByteArray("unix:") + socket.toLocal8Bit());
    m_running = true;
}

NullAudioServer::~NullAudioServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
}

namespace {

QString runFfmpeg(const QStringList& arguments)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(QStringLiteral("ffmpeg"), QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")}
                                               + arguments);
    if (!ffmpeg.waitForStarted(10000))
        return QStringLiteral("ffmpeg is not installed (scripts/dev.sh deps installs it)");
    if (!ffmpeg.waitForFinished(180000) || ffmpeg.exitCode() != 0)
        return QStringLiteral("ffmpeg failed: ") + QString::fromLocal8Bit(ffmpeg.readAll());
    return {};
}

QStringList videoInputs(int seconds)
{
    // A moving test card and a tone. The top 24 rows carry the frame number as 16
    // black/white stripes (bit 0 on the left), so a test can read from the picture
    // itself which frame the decoder delivered (frameNumberInPicture()).
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=24:duration=%1,format=gray,"
                           "geq=lum='if(lt(Y\\,24)\\,255*mod(floor(N/pow(2\\,floor(X*16/W)))\\,2)\\,lum(X\\,Y))',"
                           "format=yuv420p")
                .arg(seconds),
            QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds)};
}

} // namespace

int frameNumberInPicture(const QImage& frame)
{
    if (frame.isNull())
        return -1;
    const QImage image = frame.width() == 160 ? frame : frame.scaled(160, 90);
    int number = 0;
    for (int bit = 0; bit < 16; ++bit)
        if (qGray(image.pixel(bit * 10 + 5, 12)) > 128)
            number |= 1 << bit;
    return number;
}

QString makeLessonFiles(const QString& dir, LessonFiles& files)
{
    const QDir d(dir);
    files.mp4 = d.filePath(QStringLiteral("lesson60.mp4"));
    files.webm = d.filePath(QStringLiteral("lesson60.webm"));
    files.mp3 = d.filePath(QStringLiteral("lesson8.mp3"));
    files.shortMp4 = d.filePath(QStringLiteral("lesson6.mp4"));
    files.vtt = d.filePath(QStringLiteral("lesson60.vtt"));
    files.article = d.filePath(QStringLiteral("article.md"));
    files.corrupt = d.filePath(QStringLiteral("corrupt.mp4"));
    const QStringList h264{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                           QStringLiteral("ultrafast"), QStringLiteral("-g"), QStringLiteral("48"),
                           QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"),
                           QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("64k")};
    if (QString error = runFfmpeg(videoInputs(60) + h264 + QStringList{files.mp4}); !error.isEmpty())
        return error;
    if (QString error = runFfmpeg(videoInputs(6) + h264 + QStringList{files.shortMp4}); !error.isEmpty())
        return error;
    if (QString error = runFfmpeg(videoInputs(60)
                                  + QStringList{QStringLiteral("-c:v"), QStringLiteral("libvpx-vp9"),
                                                QStringLiteral("-deadline"), QStringLiteral("realtime"),
                                                QStringLiteral("-cpu-used"), QStringLiteral("8"), QStringLiteral("-g"),
                                                QStringLiteral("48"), QStringLiteral("-b:v"), QStringLiteral("100k"),
                                                QStringLiteral("-c:a"), QStringLiteral("libopus"),
                                                QStringLiteral("-b:a"), QStringLiteral("32k"), files.webm});
        !error.isEmpty())
        return error;
    if (QString error = runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                   QStringLiteral("sine=frequency=330:sample_rate=44100:duration=8"),
                                   QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
                                   QStringLiteral("64k"), files.mp3});
        !error.isEmpty())
        return error;

    QFile vtt(files.vtt);
    if (!vtt.open(QIODevice::WriteOnly))
        return vtt.errorString();
    vtt.write("WEBVTT\n\n"
              "1\n00:00.000 --> 00:04.000\nWelcome to the lesson\n\n"
              "2\n00:10.000 --> 00:14.000\n<i>Ten seconds</i> in\n\n"
              "3\n00:30.000 --> 00:35.000\nHalf way &amp; beyond\n");
    vtt.close();

    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    if (!image.save(d.filePath(QStringLiteral("figure.png"))))
        return QStringLiteral("could not write figure.png");
    QFile article(files.article);
    if (!article.open(QIODevice::WriteOnly))
        return article.errorString();
    article.write("# Reading the docs\n\nA *short* article with a list:\n\n- one\n- two\n\n![figure](figure.png)\n\n"
                  "[Lectern](https://lectern.example)\n");
    article.close();

    QFile corrupt(files.corrupt);
    if (!corrupt.open(QIODevice::WriteOnly))
        return corrupt.errorString();
    QByteArray junk(256 * 1024, '\0');
    for (char& c : junk)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    corrupt.write(junk);
    return {};
}

std::shared_ptr<const catalog::CourseDetail> makeCourse(const QString& root, const QString& title,
                                                        const std::vector<TestLesson>& lessons)
{
    static std::uint64_t counter = 0;
    ++counter;
    catalog::CourseDetail detail;
    detail.key = static_cast<catalog::CourseKey>(counter);
    detail.course.id = uuid::makeV7(1'700'000'000'000, 0x321, counter);
    detail.course.title = title.toStdString();
    catalog::Section section{uuid::makeV7(1'700'000'000'000, 0x322, counter), "Section one", {}};
    const QDir folder(QDir(root).filePath(QString::fromStdString(detail.course.id)));
    QDir().mkpath(folder.path());
    std::uint64_t n = 0;
    for (const TestLesson& lesson : lessons) {
        catalog::Lesson entry;
        entry.id = uuid::makeV7(1'700'000'000'000, 0x323, counter * 100 + ++n);
        entry.title = lesson.title.toStdString();
        entry.kind = lesson.kind;
        entry.durationSeconds = lesson.durationSeconds;
        if (!lesson.file.isEmpty()) {
            const QString base = folder.filePath(QString::fromStdString(entry.id));
            QFile::copy(lesson.file, base + QLatin1Char('.') + QFileInfo(lesson.file).suffix());
            if (!lesson.subtitles.isEmpty())
                QFile::copy(lesson.subtitles, base + QStringLiteral(".vtt"));
            if (lesson.kind == catalog::LessonKind::Article) {
                const QString figure = QFileInfo(lesson.file).dir().filePath(QStringLiteral("figure.png"));
                QFile::copy(figure, folder.filePath(QStringLiteral("figure.png")));
            }
        }
        detail.totalDurationSeconds += lesson.durationSeconds;
        section.lessons.push_back(std::move(entry));
    }
    detail.lessonCount = static_cast<std::int64_t>(n);
    detail.course.sections.push_back(std::move(section));
    return std::make_shared<const catalog::CourseDetail>(std::move(detail));
}

} // namespace lectern::test
