#include "commerce/receipt.h"

#include <QDateTime>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

#include "commerce/commerce_text.h"
#include "text/catalog_text.h"

namespace lectern::ui {

Receipt::Receipt(commerce::Order order, QString account)
    : m_order(std::move(order))
    , m_account(std::move(account))
{
}

QString Receipt::html() const
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString rows;
    for (const commerce::OrderItem& item : m_order.items)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(esc(CommerceText::itemTitle(item)), esc(CommerceText::money(item.price)));
    QString totals = QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                         .arg(esc(tr("Subtotal")), esc(CommerceText::money(m_order.subtotal)));
    if (m_order.discount.amountMinor != 0) {
        const QString label = m_order.coupon ? tr("Discount (coupon %1)").arg(toQString(*m_order.coupon))
                                             : tr("Discount");
        totals += QStringLiteral("<tr><td>%1</td><td align=\"right\">−%2</td></tr>")
                      .arg(esc(label), esc(CommerceText::money(m_order.discount)));
    }
    totals += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr>")
                  .arg(esc(tr("Total")), esc(CommerceText::money(m_order.total)));

    QString facts = QStringLiteral("<p>%1: %2<br/>%3: %4")
                        .arg(esc(tr("Order")), esc(toQString(m_order.id)), esc(tr("Placed")),
                             esc(CommerceText::dateTime(m_order.createdAt)));
    if (m_order.paidAt)
        facts += QStringLiteral("<br/>%1: %2").arg(esc(tr("Paid")), esc(CommerceText::dateTime(*m_order.paidAt)));
    if (m_order.refundedAt)
        facts += QStringLiteral("<br/>%1: %2")
                     .arg(esc(tr("Refunded")), esc(CommerceText::dateTime(*m_order.refundedAt)));
    facts += QStringLiteral("<br/>%1: %2").arg(esc(tr("Status")), esc(CommerceText::orderStatus(m_order.status)));
    if (!m_account.isEmpty())
        facts += QStringLiteral("<br/>%1: %2").arg(esc(tr("Account")), esc(m_account));
    facts += QStringLiteral("</p>");

    return QStringLiteral("<html><body>"
                          "<h2>Lectern</h2><h3>%1</h3>%2"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"
                          "<tr><th align=\"left\">%3</th><th align=\"right\">%4</th></tr>%5"
                          "<tr><td colspan=\"2\"><hr/></td></tr>%6</table>"
                          "<p><small>%7</small></p></body></html>")
        .arg(esc(tr("Receipt")), facts, esc(tr("Item")), esc(tr("Price")), rows, totals,
             esc(tr("Amounts are as charged by the server. Keep this receipt for your records.")));
}

std::unique_ptr<QTextDocument> Receipt::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html());
    return document;
}

bool Receipt::exportPdf(const QString& path) const
{
    {
        // QPdfWriter does not report a file it could not open; find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("Lectern receipt %1").arg(toQString(m_order.id)));
    writer.setCreator(QStringLiteral("Lectern"));
    document()->print(&writer);
    return QFile(path).size() > 0;
}

bool Receipt::print(QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document()->print(&printer);
    return true;
}

QString Receipt::suggestedFileName() const
{
    const QDate day = QDateTime::fromSecsSinceEpoch(m_order.paidAt.value_or(m_order.createdAt)).date();
    return QStringLiteral("lectern-receipt-%1-%2.pdf")
        .arg(day.toString(Qt::ISODate), toQString(m_order.id).left(8));
}

} // namespace lectern::ui
