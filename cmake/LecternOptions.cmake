# Shared compiler settings. Everything goes through INTERFACE targets that each
# target links explicitly; nothing here touches directory-wide flags.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

option(LECTERN_WERROR "Treat warnings as errors (on in CI)" OFF)

add_library(lectern_warnings INTERFACE)
target_compile_options(lectern_warnings INTERFACE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
        -Wnon-virtual-dtor -Woverloaded-virtual
        # Designated initializers leave the rest at their defaults on purpose.
        -Wno-missing-field-initializers>
    $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra>
    $<$<BOOL:${LECTERN_WERROR}>:-Werror>)

# Definitions every Qt-using target gets (house style: no implicit ASCII casts,
# no string-based or context-less connects).
add_library(lectern_qt_defs INTERFACE)
target_compile_definitions(lectern_qt_defs INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
