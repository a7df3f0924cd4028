#include "course/course_page.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "commerce/checkout_dialog.h"
#include "commerce/commerce_text.h"
#include "course/syllabus_delegate.h"
#include "course/syllabus_model.h"
#include "discover/cover_art.h"
#include "services/download_service.h"
#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"
#include "widgets/flow_layout.h"
#include "widgets/icons.h"

namespace lectern::ui {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName, qreal scale = 1.0, QFont::Weight weight = QFont::Normal)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(weight);
    label->setFont(font);
    return label;
}

QLabel* sectionHeading(QWidget* parent, const QString& text)
{
    QLabel* label = makeLabel(parent, QString(), 1.25, QFont::DemiBold);
    label->setText(text);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

CoursePage::CoursePage(CatalogService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_back(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_missing(new EmptyStateWidget(this))
    , m_syllabus(new QTreeView(this))
    , m_syllabusModel(new SyllabusModel(this))
{
    setObjectName(QStringLiteral("coursePage"));
    const int unit = fontMetrics().height();

    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("Discover"));
    m_back->setFlat(true);
    m_back->setToolTip(tr("Back to Discover (Esc)"));
    m_back->setAccessibleName(tr("Back to Discover"));

    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("courseContent"));

    m_cover = new QLabel(content);
    m_cover->setObjectName(QStringLiteral("courseCover"));
    m_category = makeLabel(content, QStringLiteral("courseCategory"), 0.95, QFont::DemiBold);
    m_category->setForegroundRole(QPalette::Highlight);
    m_title = makeLabel(content, QStringLiteral("courseTitle"), 1.8, QFont::Bold);
    m_subtitle = makeLabel(content, QStringLiteral("courseSubtitle"), 1.1);
    m_instructor = makeLabel(content, QStringLiteral("courseInstructor"));
    m_rating = makeLabel(content, QStringLiteral("courseRating"));
    m_rating->setTextFormat(Qt::RichText);
    m_facts = makeLabel(content, QStringLiteral("courseFacts"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_price = makeLabel(content, QStringLiteral("coursePrice"), 1.6, QFont::Bold);
    m_price->setWordWrap(false);
    m_buy = new QPushButton(content);
    m_buy->setObjectName(QStringLiteral("buyButton"));
    m_buy->setMinimumWidth(unit * 8);
    m_buy->setMinimumHeight(unit * 2);
    m_buy->setAttribute(Qt::WA_AlwaysShowToolTips); // a disabled button still explains itself
    m_continue = new QPushButton(tr("Continue"), content);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setToolTip(tr("Open the player at the lesson you were on"));
    m_continue->setMinimumHeight(unit * 2);
    m_continue->setDefault(true);

    m_description = makeLabel(content, QStringLiteral("courseDescription"));
    m_syllabusSummary = makeLabel(content, QStringLiteral("syllabusSummary"));
    m_syllabusSummary->setForegroundRole(QPalette::PlaceholderText);

    m_syllabus->setParent(content);
    m_syllabus->setObjectName(QStringLiteral("syllabusTree"));
    m_syllabus->setAccessibleName(tr("Course content"));
    m_syllabus->setModel(m_syllabusModel);
    m_syllabus->setItemDelegate(new SyllabusDelegate(m_syllabus));
    m_syllabus->setUniformRowHeights(true);
    m_syllabus->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_syllabus->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_syllabus->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_syllabus->setIconSize(QSize(unit, unit));
    m_syllabus->setAnimated(false);
    m_syllabus->header()->setStretchLastSection(false);
    m_syllabus->header()->setSectionResizeMode(SyllabusModel::TitleColumn, QHeaderView::Stretch);
    m_syllabus->header()->setSectionResizeMode(SyllabusModel::PreviewColumn, QHeaderView::ResizeToContents);
    m_syllabus->header()->setSectionResizeMode(SyllabusModel::DurationColumn, QHeaderView::ResizeToContents);
    m_syllabus->header()->hide();
    m_syllabus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_instructorBio = makeLabel(content, QStringLiteral("instructorBio"));
    m_tagsBox = new QWidget(content);
    m_tags = new FlowLayout(m_tagsBox);

    // Header: cover on the left; title, facts and price on the right.
    auto* priceRow = new QHBoxLayout;
    priceRow->setSpacing(unit);
    priceRow->addWidget(m_price);
    priceRow->addWidget(m_buy);
    priceRow->addWidget(m_continue);
    priceRow->addStretch(1);

    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(unit / 3);
    headerText->addWidget(m_category);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    headerText->addSpacing(unit / 3);
    headerText->addWidget(m_instructor);
    headerText->addWidget(m_rating);
    headerText->addWidget(m_facts);
    headerText->addSpacing(unit / 2);
    headerText->addLayout(priceRow);
    headerText->addWidget(makePurchaseActions(content));
    headerText->addStretch(1);

    auto* header = new QHBoxLayout;
    header->setSpacing(unit * 3 / 2);
    header->addWidget(m_cover, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    auto* body = new QVBoxLayout(content);
    body->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit * 2);
    body->setSpacing(unit / 2);
    body->addLayout(header);
    body->addSpacing(unit);
    body->addWidget(sectionHeading(content, tr("About this course")));
    body->addWidget(m_description);
    body->addSpacing(unit);
    body->addWidget(sectionHeading(content, tr("Course content")));
    body->addWidget(m_syllabusSummary);
    body->addWidget(m_syllabus);
    body->addSpacing(unit);
    body->addWidget(sectionHeading(content, tr("About the instructor")));
    body->addWidget(m_instructorBio);
    body->addSpacing(unit);
    body->addWidget(sectionHeading(content, tr("Tags")));
    body->addWidget(m_tagsBox);
    body->addStretch(1);

    // Long descriptions stay at a readable line length on wide windows.
    content->setMaximumWidth(unit * 60);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_missing->setIconName(QStringLiteral("empty-search"));
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_missing);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(unit / 2, unit / 2, unit, 0);
    top->addWidget(m_back);
    top->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Arriving on the page puts the keyboard on the content, so arrows and Page Down scroll it.
    setFocusProxy(m_scroll);
    setTabOrder(m_back, m_buy);
    setTabOrder(m_buy, m_syllabus);

    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CoursePage::backRequested);
    }
    connect(m_back, &QPushButton::clicked, this, &CoursePage::backRequested);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_detail)
            Q_EMIT playRequested(m_detail, {});
    });
    // A lesson opens in the player on double-click or Enter, or from its context menu.
    connect(m_syllabus, &QTreeView::activated, this, &CoursePage::playLessonAt);
    m_syllabus->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_syllabus, &QTreeView::customContextMenuRequested, this, [this](const QPoint& point) {
        const QModelIndex index = m_syllabus->indexAt(point);
        if (!index.isValid() || index.data(SyllabusModel::IsSectionRole).toBool())
            return;
        QMenu menu(this);
        connect(menu.addAction(tr("Play")), &QAction::triggered, this, [this, index] { playLessonAt(index); });
        menu.exec(m_syllabus->viewport()->mapToGlobal(point));
    });
    connect(m_syllabus, &QTreeView::expanded, this, &CoursePage::fitSyllabusHeight);
    connect(m_syllabus, &QTreeView::collapsed, this, &CoursePage::fitSyllabusHeight);
    connect(&m_service, &CatalogService::detailLoaded, this, &CoursePage::onDetailLoaded);
    connect(&m_service, &CatalogService::requestFailed, this, &CoursePage::onRequestFailed);
    updateIcons();
}

void CoursePage::showCourse(catalog::CourseKey key)
{
    m_key = key;
    m_request = m_service.loadDetail(key);
}

QString CoursePage::title() const
{
    return m_title->text();
}

void CoursePage::onDetailLoaded(RequestId id, const CourseDetailPtr& detail)
{
    if (id != m_request)
        return;
    if (!detail) {
        m_missing->setHeading(tr("This course is no longer available"));
        m_missing->setBody(tr("It may have been withdrawn by its instructor. Go back to Discover to find another."));
        m_stack->setCurrentWidget(m_missing);
        return;
    }
    m_detail = detail;
    fill(*detail);
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
    Q_EMIT courseShown(toQString(detail->course.title));
}

void CoursePage::onRequestFailed(RequestId id, const Error& error)
{
    if (id != m_request)
        return;
    m_missing->setHeading(tr("This course could not be opened"));
    m_missing->setBody(CatalogText::errorMessage(error));
    m_missing->setToolTip(toQString(error.detail));
    m_stack->setCurrentWidget(m_missing);
}

void CoursePage::fill(const catalog::CourseDetail& detail)
{
    const catalog::Course& course = detail.course;
    const int unit = fontMetrics().height();

    m_category->setText(CatalogText::categoryName(course.category));
    m_title->setText(toQString(course.title));
    m_subtitle->setText(toQString(course.subtitle));
    m_subtitle->setVisible(!course.subtitle.empty());

    const QString instructorName = toQString(detail.instructor.name);
    const QString headline = toQString(detail.instructor.headline);
    m_instructor->setText(headline.isEmpty() ? tr("Taught by %1").arg(instructorName)
                                             : tr("Taught by %1 · %2").arg(instructorName, headline));

    // Rating as stars in text, so it reads in any font and to a screen reader.
    if (course.ratingCount > 0) {
        const int fullStars = std::clamp(static_cast<int>(std::lround(course.rating)), 0, 5);
        const QString stars = QString(fullStars, QChar(0x2605)) + QString(5 - fullStars, QChar(0x2606));
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        const QString starHex = dark ? QStringLiteral("#f5b942") : QStringLiteral("#e08e0b");
        m_rating->setText(QStringLiteral("<span style=\"color:%1\"><b>%2</b> %3</span> %4")
                              .arg(starHex, QLocale().toString(course.rating, 'f', 1), stars,
                                   tr("(%Ln rating(s))", nullptr, static_cast<int>(course.ratingCount)).toHtmlEscaped())
                          + QStringLiteral(" · ")
                          + tr("%Ln student(s)", nullptr, static_cast<int>(course.enrolmentCount)).toHtmlEscaped());
        m_rating->setAccessibleName(tr("Rated %1 out of 5").arg(QLocale().toString(course.rating, 'f', 1)));
    } else {
        m_rating->setText(tr("No ratings yet").toHtmlEscaped() + QStringLiteral(" · ")
                          + tr("%Ln student(s)", nullptr, static_cast<int>(course.enrolmentCount)).toHtmlEscaped());
    }

    QStringList facts;
    facts << tr("%1 in total").arg(CatalogText::duration(detail.totalDurationSeconds))
          << tr("%Ln lesson(s)", nullptr, static_cast<int>(detail.lessonCount)) << CatalogText::levelName(course.level)
          << tr("Taught in %1").arg(CatalogText::languageName(course.language));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    updatePurchaseState();

    m_description->setText(toQString(course.description));

    const int sectionCount = static_cast<int>(course.sections.size());
    m_syllabusSummary->setText(tr("%Ln section(s)", nullptr, sectionCount) + QStringLiteral(" · ")
                               + tr("%Ln lesson(s)", nullptr, static_cast<int>(detail.lessonCount))
                               + QStringLiteral(" · ") + CatalogText::duration(detail.totalDurationSeconds));
    m_syllabusModel->setCourse(m_detail);
    m_syllabus->expandAll();
    fitSyllabusHeight();

    m_instructorBio->setText(toQString(detail.instructor.bio).isEmpty()
                                 ? instructorName
                                 : instructorName + QStringLiteral(" — ") + toQString(detail.instructor.bio));

    m_tags->clear();
    for (const std::string& tag : course.tags) {
        auto* chip = new QLabel(toQString(tag), m_tagsBox);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setMargin(unit / 4);
        chip->setIndent(unit / 3);
        chip->setAutoFillBackground(false);
        // Chips use the palette through a tiny local style sheet: rounded, tinted, no fixed pixels.
        const QColor highlight = palette().color(QPalette::Highlight);
        chip->setStyleSheet(QStringLiteral("QLabel { background: rgba(%1,%2,%3,38); border-radius: %4px; padding: 0 %5px; }")
                                .arg(highlight.red())
                                .arg(highlight.green())
                                .arg(highlight.blue())
                                .arg(unit * 2 / 3)
                                .arg(unit / 3));
        m_tags->addWidget(chip);
    }
    m_tagsBox->setVisible(!course.tags.empty());

    updateCover();
    setAccessibleName(toQString(course.title));
}

void CoursePage::playLessonAt(const QModelIndex& index)
{
    if (!m_detail || !index.isValid() || index.data(SyllabusModel::IsSectionRole).toBool())
        return;
    const auto section = static_cast<std::size_t>(index.parent().row());
    const auto lesson = static_cast<std::size_t>(index.row());
    const auto& sections = m_detail->course.sections;
    if (section < sections.size() && lesson < sections[section].lessons.size())
        Q_EMIT playRequested(m_detail, toQString(sections[section].lessons[lesson].id));
}

void CoursePage::fitSyllabusHeight()
{
    // The page scrolls as a whole, so the tree is as tall as its rows.
    int rows = 0;
    for (int s = 0; s < m_syllabusModel->rowCount(); ++s) {
        ++rows;
        if (m_syllabus->isExpanded(m_syllabusModel->index(s, 0)))
            rows += m_syllabusModel->rowCount(m_syllabusModel->index(s, 0));
    }
    const int rowHeight = rows > 0 ? m_syllabus->sizeHintForRow(0) : 0;
    m_syllabus->setFixedHeight(rows * qMax(rowHeight, 1) + 2 * m_syllabus->frameWidth() + 2);
}

void CoursePage::updateCover()
{
    if (!m_detail)
        return;
    const int width = fontMetrics().height() * 16;
    const QSize size(width, width * 9 / 16);
    const auto& course = m_detail->course;
    m_cover->setPixmap(coverPixmap({toQString(course.id), toQString(course.title), toQString(course.category)}, size,
                                   devicePixelRatioF()));
    m_cover->setFixedSize(size);
}

void CoursePage::updateIcons()
{
    m_back->setIcon(icons::themed(QStringLiteral("back"), palette().color(QPalette::ButtonText),
                                  palette().color(QPalette::HighlightedText)));
    m_syllabusModel->setIconColor(palette().color(QPalette::Text));
}

void CoursePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
        if (m_detail)
            fill(*m_detail);
    }
    QWidget::changeEvent(event);
}

void CoursePage::mousePressEvent(QMouseEvent* event)
{
    // The mouse's back button, as in a browser.
    if (event->button() == Qt::BackButton) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::mousePressEvent(event);
}

// ---- Purchases -------------------------------------------------------------

QWidget* CoursePage::makePurchaseActions(QWidget* content)
{
    const int unit = fontMetrics().height();
    auto* box = new QWidget(content);
    box->setObjectName(QStringLiteral("purchaseActions"));
    m_addToCart = new QPushButton(box);
    m_addToCart->setObjectName(QStringLiteral("addToCartButton"));
    m_wishlist = new QPushButton(box);
    m_wishlist->setObjectName(QStringLiteral("wishlistButton"));
    m_download = new QPushButton(tr("Download course"), box);
    m_download->setObjectName(QStringLiteral("downloadCourseButton"));
    m_download->setToolTip(tr("Download every lesson to study without a network"));
    for (QPushButton* button : {m_addToCart, m_wishlist, m_download})
        button->setMinimumHeight(unit * 2);
    m_purchaseNote = makeLabel(box, QStringLiteral("purchaseNote"), 0.9);
    m_purchaseNote->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(unit / 2);
    row->addWidget(m_download);
    row->addWidget(m_addToCart);
    row->addWidget(m_wishlist);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 3);
    layout->addLayout(row);
    layout->addWidget(m_purchaseNote);

    connect(m_buy, &QPushButton::clicked, this, &CoursePage::onPrimaryPurchaseAction);
    connect(m_addToCart, &QPushButton::clicked, this, [this] {
        if (!m_commerce || !m_detail)
            return;
        const QString id = toQString(m_detail->course.id);
        if (m_commerce->inCart(id)) {
            m_commerce->removeFromCart(id);
        } else {
            m_commerce->addToCart(id);
            setPurchaseNote(tr("Added to your cart. Open it from My Learning to buy several courses at once."), false);
        }
    });
    connect(m_wishlist, &QPushButton::clicked, this, [this] {
        if (!m_commerce || !m_detail)
            return;
        const QString id = toQString(m_detail->course.id);
        if (m_commerce->inWishlist(id))
            m_commerce->removeFromWishlist(id);
        else
            m_commerce->addToWishlist(id);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (!m_downloads || !m_detail)
            return;
        m_downloadQueuedFor = toQString(m_detail->course.id);
        m_downloads->downloadCourse(m_downloadQueuedFor);
        setPurchaseNote(m_downloads->waitingForIdle()
                            ? tr("Queued. “Download only when idle” is on, so it starts once you step away; "
                                 "see Downloads.")
                            : tr("Downloading. Follow its progress under Downloads."),
                        false);
        updatePurchaseState();
    });
    return box;
}

void CoursePage::setCommerceService(CommerceService* service)
{
    if (m_commerce)
        disconnect(m_commerce, nullptr, this, nullptr);
    m_commerce = service;
    if (service) {
        connect(service, &CommerceService::ownershipChanged, this, &CoursePage::updatePurchaseState);
        connect(service, &CommerceService::cartChanged, this, &CoursePage::updatePurchaseState);
        connect(service, &CommerceService::wishlistChanged, this, &CoursePage::updatePurchaseState);
        connect(service, &CommerceService::checkoutFinished, this, &CoursePage::onEnrolFinished);
    }
    updatePurchaseState();
}

CheckoutDialog* CoursePage::checkoutDialog() const
{
    return m_checkout;
}

void CoursePage::setDownloadService(DownloadService* service)
{
    m_downloads = service;
    updatePurchaseState();
}

// The header's price and the actions that fit how the learner stands with the course.
void CoursePage::updatePurchaseState()
{
    if (!m_detail)
        return;
    const catalog::Course& course = m_detail->course;
    const QString id = toQString(course.id);
    // The service's snapshot is current (a refund ends ownership at once); the
    // detail's flag is as old as the page.
    const CourseOwnership ownership = m_commerce ? m_commerce->ownership(id)
                                      : m_detail->owned ? CourseOwnership::Owned
                                                        : CourseOwnership::NotOwned;
    const bool has = ownership != CourseOwnership::NotOwned;
    const bool free = course.price.isFree();
    if (m_purchaseNoteFor != id)
        setPurchaseNote({}, false); // a note about another course
    const bool dark = palette().color(QPalette::Window).lightness() < 128;

    QString price = CatalogText::price(course.price);
    QColor priceColor = palette().color(QPalette::Text);
    if (ownership == CourseOwnership::Owned) {
        price = tr("Owned");
        priceColor = palette().color(QPalette::Highlight);
    } else if (ownership == CourseOwnership::Subscription) {
        price = tr("Included in your subscription");
        priceColor = palette().color(QPalette::Highlight);
    } else if (free) {
        priceColor = dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1e, 0x8e, 0x4e);
    }
    m_price->setText(price);
    QPalette pricePalette = m_price->palette();
    pricePalette.setColor(QPalette::WindowText, priceColor);
    m_price->setPalette(pricePalette);
    m_price->setAccessibleName(price);

    const bool enrolling = m_enrolRequest != 0;
    m_buy->setVisible(!has);
    m_buy->setText(enrolling ? tr("Enrolling…") : free ? tr("Enrol for free") : tr("Buy course"));
    m_buy->setEnabled(m_commerce && !enrolling);
    m_buy->setToolTip(!m_commerce ? tr("Purchases need a connection to the Lectern server.")
                      : free      ? tr("Add this free course to My Learning")
                                  : tr("Pay for this course and keep it"));
    m_buy->setAccessibleName(m_buy->text());
    m_buy->setAccessibleDescription(m_buy->toolTip());

    const bool inCart = m_commerce && m_commerce->inCart(id);
    m_addToCart->setVisible(!has && !free);
    m_addToCart->setEnabled(m_commerce != nullptr);
    m_addToCart->setText(inCart ? tr("Remove from cart") : tr("Add to cart"));
    const bool wished = m_commerce && m_commerce->inWishlist(id);
    m_wishlist->setVisible(!has);
    m_wishlist->setEnabled(m_commerce != nullptr);
    m_wishlist->setText(wished ? tr("Remove from wishlist") : tr("Add to wishlist"));
    m_download->setVisible(has);
    const bool queued = m_downloadQueuedFor == id;
    m_download->setEnabled(m_downloads != nullptr && !queued);
    m_download->setText(queued ? tr("Download queued") : tr("Download course"));
    if (!m_downloads)
        m_download->setToolTip(tr("Downloads start once Lectern is connected to the server."));
}

void CoursePage::onPrimaryPurchaseAction()
{
    if (!m_commerce || !m_detail)
        return;
    if (!m_commerce->isSignedIn()) {
        setPurchaseNote(tr("Sign in (bottom right) to buy or enrol; your purchases follow you to every device."),
                        true);
        return;
    }
    const QString id = toQString(m_detail->course.id);
    if (m_detail->course.price.isFree()) {
        setPurchaseNote({}, false);
        m_enrolRequest = m_commerce->enrolFree(id);
        updatePurchaseState();
        return;
    }
    if (m_checkout)
        return; // one checkout at a time
    m_checkout = new CheckoutDialog(*m_commerce, CheckoutDialog::Purchase{{id}, {}, {}}, window());
    m_checkout->setModal(true);
    m_checkout->open();
}

void CoursePage::onEnrolFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result)
{
    if (id == 0 || id != m_enrolRequest)
        return;
    m_enrolRequest = 0;
    if (result.outcome == commerce::CheckoutOutcome::Paid)
        setPurchaseNote(tr("You're enrolled. The course is in My Learning."), false);
    else
        setPurchaseNote(CommerceText::outcomeMessage(result), true);
    updatePurchaseState();
}

void CoursePage::setPurchaseNote(const QString& text, bool problem)
{
    m_purchaseNoteFor = m_detail ? toQString(m_detail->course.id) : QString();
    m_purchaseNote->setText(text);
    m_purchaseNote->setForegroundRole(problem ? QPalette::NoRole : QPalette::PlaceholderText);
    m_purchaseNote->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_purchaseNote->setVisible(!text.isEmpty());
}

} // namespace lectern::ui
