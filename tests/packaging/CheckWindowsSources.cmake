# Compiles muster-server's sources for Windows with MinGW-w64, syntax only: the Windows-only files
# (the service) and the #if defined(Q_OS_WIN) branches of the others. Qt's headers are this system's,
# whose Windows branches Qt keeps in the same files; nothing is linked.
#   cmake -DCOMPILER=<x86_64-w64-mingw32-g++> -DSOURCES=a.cpp|b.cpp -DINCLUDES=dir|dir -DSOURCE_DIR=<muster>
#         -P CheckWindowsSources.cmake
string(REPLACE "|" ";" sources "${SOURCES}")
string(REPLACE "|" ";" includes "${INCLUDES}")
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror
    # Qt's Linux headers declare some friends without the dllimport a Windows Qt build gives them.
    -Wno-attributes
    -DUNICODE -D_UNICODE -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_URL_CAST_FROM_STRING
    -DQT_USE_QSTRINGBUILDER "-DMUSTER_VERSION=\"0.0.0\""
    -I${SOURCE_DIR}/app -I${SOURCE_DIR}/core -I${SOURCE_DIR}/server)
foreach(dir ${includes})
    list(APPEND flags "-isystem${dir}")
endforeach()
set(failed "")
foreach(source ${sources})
    execute_process(COMMAND "${COMPILER}" ${flags} "${SOURCE_DIR}/app/${source}"
        RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        string(APPEND failed "${source}:\n${errors}\n")
    else()
        message(STATUS "${source}: compiles for Windows")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Not valid for Windows:\n${failed}")
endif()
