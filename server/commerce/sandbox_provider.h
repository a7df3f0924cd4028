// The built-in test provider: behaves like a card processor, decided by the
// card number (docs/api.md lists the numbers).
#pragma once

#include <mutex>
#include <set>

#include "commerce/payment_provider.h"

namespace lectern::server {

class SandboxProvider final : public PaymentProvider {
public:
    static constexpr const char* kSucceeds = "4242424242424242";
    static constexpr const char* kDeclined = "4000000000000002";
    static constexpr const char* kInsufficientFunds = "4000000000009995";

    [[nodiscard]] std::string name() const override { return "sandbox"; }
    [[nodiscard]] ChargeResult charge(const ChargeRequest& request) override;
    [[nodiscard]] bool refund(const std::string& reference, std::int64_t amountMinor) override;

private:
    std::mutex m_mutex;
    std::set<std::string> m_refunded;
};

} // namespace lectern::server
