#include <cstdio>
#include <fstream>

#include <sys/stat.h>

#include "accounts/account_service.h"
#include "accounts/secrets.h"
#include "app/demo_seed.h"

namespace lectern::server {

Result<void> seedDemoAccounts(ServerServices& services)
{
    struct Demo {
        const char* email;
        const char* name;
        std::vector<Role> roles;
    };
    const Demo demos[] = {
        {"learner@demo.lectern", "Demo Learner", {Role::Learner}},
        {"instructor@demo.lectern", "Demo Instructor", {Role::Learner, Role::Instructor}},
        {"reviewer@demo.lectern", "Demo Reviewer", {Role::Learner, Role::Reviewer}},
    };
    const auto file = services.config.dataDir / "demo-accounts.txt";
    std::string created;
    for (const Demo& demo : demos) {
        // A random password per demo account, printed once when it is created and
        // kept in a file only the server's user can read.
        const std::string password = secrets::randomToken().substr(0, 16);
        auto session = services.accounts.registerUser(demo.email, password, demo.name, demo.roles);
        if (!session) {
            if (session.error().code == "email_taken")
                continue;
            return fail(ErrorCode::Io, "cannot create demo account " + std::string(demo.email) + ": "
                                           + session.error().message);
        }
        created += std::string(demo.email) + "  " + password + "\n";
    }
    if (!created.empty()) {
        std::printf("demo accounts (email, password), also saved in %s:\n%s", file.c_str(), created.c_str());
        std::fflush(stdout);
        std::ofstream out(file, std::ios::app);
        out << created;
        out.close();
        ::chmod(file.c_str(), 0600);
    }
    return {};
}

} // namespace lectern::server
