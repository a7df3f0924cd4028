// One course: what it is, who teaches it, what it contains, and how to buy it.
#pragma once

#include <QPointer>
#include <QWidget>

#include "services/catalog_service.h"
#include "services/commerce_service.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;

namespace lectern::ui {

class CheckoutDialog;
class DownloadService;
class EmptyStateWidget;
class FlowLayout;
class SyllabusModel;

class CoursePage final : public QWidget {
    Q_OBJECT

public:
    explicit CoursePage(CatalogService& service, QWidget* parent = nullptr);

    void showCourse(catalog::CourseKey key);
    [[nodiscard]] catalog::CourseKey courseKey() const { return m_key; }
    [[nodiscard]] QString title() const;

    // Purchases: price and ownership in the header, and Buy / Enrol / Add to
    // cart / Add to wishlist / Download. Without a service the actions say
    // that purchases need the server.
    void setCommerceService(CommerceService* service);
    void setDownloadService(DownloadService* service);
    // The checkout this page opened, while it is open (for tests).
    [[nodiscard]] CheckoutDialog* checkoutDialog() const;

Q_SIGNALS:
    void backRequested();
    // Open the player at `lessonId`, or at the lesson to continue with when it is empty.
    void playRequested(const lectern::ui::CourseDetailPtr& detail, const QString& lessonId);
    // The course's data is on screen (for tests and the window title).
    void courseShown(const QString& title);

protected:
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void onDetailLoaded(RequestId id, const CourseDetailPtr& detail);
    void onRequestFailed(RequestId id, const Error& error);
    void fill(const catalog::CourseDetail& detail);
    void fitSyllabusHeight();
    void playLessonAt(const QModelIndex& index);
    void updateCover();
    void updateIcons();
    // Purchases (see setCommerceService).
    QWidget* makePurchaseActions(QWidget* content);
    void updatePurchaseState();
    void onPrimaryPurchaseAction();
    void onEnrolFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result);
    void setPurchaseNote(const QString& text, bool problem);

    CatalogService& m_service;
    catalog::CourseKey m_key = 0;
    RequestId m_request = 0;
    CourseDetailPtr m_detail;

    QPushButton* m_back = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    EmptyStateWidget* m_missing = nullptr;
    QLabel* m_cover = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_instructor = nullptr;
    QLabel* m_rating = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_price = nullptr;
    QPushButton* m_buy = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_syllabusSummary = nullptr;
    QTreeView* m_syllabus = nullptr;
    SyllabusModel* m_syllabusModel = nullptr;
    QLabel* m_instructorBio = nullptr;
    QWidget* m_tagsBox = nullptr;
    FlowLayout* m_tags = nullptr;

    // Purchases.
    CommerceService* m_commerce = nullptr;
    DownloadService* m_downloads = nullptr;
    QPointer<CheckoutDialog> m_checkout;
    CommerceService::RequestId m_enrolRequest = 0;
    QPushButton* m_addToCart = nullptr;
    QPushButton* m_wishlist = nullptr;
    QPushButton* m_download = nullptr;
    QLabel* m_purchaseNote = nullptr;
    QString m_downloadQueuedFor; // the course whose download was just queued
    QString m_purchaseNoteFor;   // the course the note is about
};

} // namespace lectern::ui
