// Where money moves. Orders talk to this interface only, so a real provider is
// a second implementation; `sandbox` is the built-in one.
#pragma once

#include <cstdint>
#include <string>

namespace lectern::server {

struct ChargeRequest {
    std::string orderId;
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string cardNumber;     // never logged, never stored
    std::string idempotencyKey; // passed on, so the provider dedupes too
};

struct ChargeResult {
    enum class Status { Succeeded, Declined, InsufficientFunds };
    Status status = Status::Declined;
    std::string reference; // the provider's id for the charge
};

class PaymentProvider {
public:
    virtual ~PaymentProvider() = default;
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual ChargeResult charge(const ChargeRequest& request) = 0;
    // Returns the money of an earlier successful charge, in full.
    [[nodiscard]] virtual bool refund(const std::string& reference, std::int64_t amountMinor) = 0;
};

} // namespace lectern::server
