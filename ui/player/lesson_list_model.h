// The course's lessons in order, flat, with the learner's progress on each: the
// list beside the player.
#pragma once

#include <memory>
#include <vector>

#include <QAbstractListModel>

#include "catalog/catalog_views.h"
#include "player/lesson_progress_service.h"

namespace lectern::ui {

class LessonListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        LessonIdRole = Qt::UserRole + 1,
        LessonKindRole,  // int catalog::LessonKind
        SectionTitleRole,
        ProgressRole,    // double 0..1: resume position / length, 1 when completed
        CompletedRole,
        CurrentRole,     // the lesson in the player
        DurationTextRole,
    };

    explicit LessonListModel(QObject* parent = nullptr);

    void setCourse(std::shared_ptr<const catalog::CourseDetail> detail);
    void setProgress(const CourseProgress& progress);
    void updateLesson(const QString& lessonId, qint64 positionMs, bool completed);
    void setCurrent(int row);

    [[nodiscard]] const catalog::Lesson* lesson(int row) const;
    [[nodiscard]] int rowOf(const QString& lessonId) const;
    [[nodiscard]] LessonProgressView progress(const QString& lessonId) const { return m_progress.value(lessonId); }
    [[nodiscard]] QStringList lessonIds() const;
    // The lesson to continue: the first not completed after the last one touched,
    // else the first not completed, else the first.
    [[nodiscard]] int continueRow() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        const catalog::Lesson* lesson;
        const catalog::Section* section;
    };
    std::shared_ptr<const catalog::CourseDetail> m_detail;
    std::vector<Entry> m_entries;
    CourseProgress m_progress;
    int m_current = -1;
};

} // namespace lectern::ui
