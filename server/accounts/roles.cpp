#include "accounts/roles.h"

namespace lectern::server {

std::string roleName(Role role)
{
    switch (role) {
    case Role::Learner: return "learner";
    case Role::Instructor: return "instructor";
    case Role::Reviewer: return "reviewer";
    }
    return "learner";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (Role role : {Role::Learner, Role::Instructor, Role::Reviewer})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

} // namespace lectern::server
