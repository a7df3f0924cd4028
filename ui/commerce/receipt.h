// A receipt for one order, as a document the learner can print or keep as a
// PDF (Qt PrintSupport). Built from the server's order: its totals, never ours.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "commerce/commerce_types.h"

class QTextDocument;
class QWidget;

namespace lectern::ui {

class Receipt final {
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    // `account` names the buyer (email or display name); may be empty.
    Receipt(commerce::Order order, QString account);

    [[nodiscard]] QString html() const;
    [[nodiscard]] std::unique_ptr<QTextDocument> document() const;
    // Writes an A4 PDF; false when the file cannot be written.
    [[nodiscard]] bool exportPdf(const QString& path) const;
    // Asks for a printer and prints; false when the learner cancelled.
    bool print(QWidget* parent) const;
    // "lectern-receipt-2026-12-04-1a2b3c4d.pdf"
    [[nodiscard]] QString suggestedFileName() const;

private:
    commerce::Order m_order;
    QString m_account;
};

} // namespace lectern::ui
