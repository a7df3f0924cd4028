// The assembler's .incbin copies the file's bytes at compile time: no generated
// source, no hex dump, a fraction of a second to build. CMake passes the path
// and the file's hash (so ccache and Ninja rebuild when the catalog changes).
#include "catalog/demo_catalog_data.h"

#ifndef LECTERN_DEMO_CATALOG_FILE
#error "LECTERN_DEMO_CATALOG_FILE must name resources/catalog/demo_catalog.json"
#endif

asm(".section .rodata.lectern_demo_catalog,\"a\"\n"
    ".balign 16\n"
    ".globl lectern_demo_catalog_begin\n"
    ".hidden lectern_demo_catalog_begin\n"
    "lectern_demo_catalog_begin:\n"
    ".incbin \"" LECTERN_DEMO_CATALOG_FILE "\"\n"
    ".globl lectern_demo_catalog_end\n"
    ".hidden lectern_demo_catalog_end\n"
    "lectern_demo_catalog_end:\n"
    ".byte 0\n"
    ".previous\n");

extern "C" const char lectern_demo_catalog_begin[];
extern "C" const char lectern_demo_catalog_end[];

namespace lectern::server {

std::string_view embeddedDemoCatalog()
{
    return {lectern_demo_catalog_begin, static_cast<std::size_t>(lectern_demo_catalog_end - lectern_demo_catalog_begin)};
}

} // namespace lectern::server
