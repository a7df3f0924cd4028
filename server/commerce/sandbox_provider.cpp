#include "commerce/sandbox_provider.h"

#include "accounts/secrets.h"

namespace lectern::server {

ChargeResult SandboxProvider::charge(const ChargeRequest& request)
{
    ChargeResult result;
    result.reference = "sbx_" + secrets::randomToken().substr(0, 24);
    if (request.cardNumber == kSucceeds)
        result.status = ChargeResult::Status::Succeeded;
    else if (request.cardNumber == kInsufficientFunds)
        result.status = ChargeResult::Status::InsufficientFunds;
    else
        result.status = ChargeResult::Status::Declined; // kDeclined and every unknown number
    return result;
}

bool SandboxProvider::refund(const std::string& reference, std::int64_t)
{
    std::lock_guard lock(m_mutex);
    return m_refunded.insert(reference).second; // a charge is refunded at most once
}

} // namespace lectern::server
