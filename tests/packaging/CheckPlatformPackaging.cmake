# Configures packaging/Packaging.cmake as a Windows (NSIS) or macOS (DragNDrop) build would, or a Linux build
# with Qt from Qt's installer (TGZ), and checks what the installers get; for Windows it also builds the NSIS
# installer with makensis when given.
#   cmake -DPLATFORM=Windows|macOS|Linux -DSOURCE_DIR=<muster> -DWORK_DIR=<scratch> -DVERSION=... -DDESCRIPTION=...
#         -DHOMEPAGE=... -DAPP_ID=... [-DCPACK=<cpack> -DMAKENSIS=<makensis>] -P CheckPlatformPackaging.cmake
# Fails with what was expected and what there is.
function(expect what actual expected)
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${PLATFORM}: ${what} is \"${actual}\", not \"${expected}\"")
    endif()
endfunction()
function(expect_in what text pattern)
    string(FIND "${text}" "${pattern}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${PLATFORM}: ${what} lacks \"${pattern}\":\n${text}")
    endif()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(source "${WORK_DIR}/source")
set(build "${WORK_DIR}/build")
file(MAKE_DIRECTORY "${source}")
configure_file("${CMAKE_CURRENT_LIST_DIR}/platform/CMakeLists.txt" "${source}/CMakeLists.txt" COPYONLY)
foreach(entry resources packaging LICENSE)
    file(CREATE_LINK "${SOURCE_DIR}/${entry}" "${source}/${entry}" SYMBOLIC)
endforeach()

# A shared SQLite as the release build has it on Windows: the import library and the DLL beside it.
file(WRITE "${WORK_DIR}/sqlite/lib/sqlite3.lib" "")
file(WRITE "${WORK_DIR}/sqlite/bin/sqlite3.dll" "")
file(WRITE "${WORK_DIR}/sqlite/include/sqlite3.h" "#define SQLITE_VERSION \"3.45.0\"\n")
set(options "")
if(PLATFORM STREQUAL "Windows")
    list(APPEND options "-DSQLite3_INCLUDE_DIR=${WORK_DIR}/sqlite/include"
        "-DSQLite3_LIBRARY=${WORK_DIR}/sqlite/lib/sqlite3.lib")
elseif(PLATFORM STREQUAL "macOS")
    # macOS: the system's SQLite from the SDK, which Qt's plugin is built against as well.
    file(WRITE "${WORK_DIR}/sqlite/MacOSX.sdk/usr/lib/libsqlite3.tbd" "")
    list(APPEND options "-DSQLite3_INCLUDE_DIR=${WORK_DIR}/sqlite/include"
        "-DSQLite3_LIBRARY=${WORK_DIR}/sqlite/MacOSX.sdk/usr/lib/libsqlite3.tbd" -DMUSTER_MACDEPLOYQT=/bin/true)
endif()

execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${source}" -B "${build}" -DMUSTER_PACKAGING_PLATFORM=${PLATFORM}
            "-DMUSTER_VERSION=${VERSION}" "-DMUSTER_DESCRIPTION=${DESCRIPTION}" "-DMUSTER_HOMEPAGE=${HOMEPAGE}"
            ${options}
    RESULT_VARIABLE configured OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT configured EQUAL 0 OR output MATCHES "CMake Warning")
    message(FATAL_ERROR "${PLATFORM}: configuring the packaging failed or warned:\n${output}")
endif()

# CPackConfig.cmake is a list of set() calls: read it into this script.
include("${build}/CPackConfig.cmake")
file(READ "${build}/cmake_install.cmake" install_rules)
file(GLOB component_rules "${build}/resources/cmake_install.cmake")
foreach(file ${component_rules})
    file(READ "${file}" more)
    string(APPEND install_rules "${more}")
endforeach()
file(READ "${build}/bundle-id.txt" bundle_id)
file(READ "${build}/install-rpath.txt" install_rpath)

if(PLATFORM STREQUAL "Windows")
    expect("CPACK_GENERATOR" "${CPACK_GENERATOR}" "NSIS")
    expect("CPACK_COMPONENTS_ALL" "${CPACK_COMPONENTS_ALL}" "desktop;server;service;runtime")
    expect("the service section's dependency" "${CPACK_COMPONENT_SERVICE_DEPENDS}" "server")
    expect("the service section's default" "${CPACK_COMPONENT_SERVICE_DISABLED}" "ON")
    set(server [["$INSTDIR\bin\muster-server.exe"]])
    expect_in("the install commands" "${CPACK_NSIS_EXTRA_INSTALL_COMMANDS}" [[SectionGetFlags ${service} $0]])
    expect_in("the install commands" "${CPACK_NSIS_EXTRA_INSTALL_COMMANDS}"
        "nsExec::ExecToLog '${server} service install'")
    expect_in("the uninstall commands" "${CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS}"
        "nsExec::ExecToLog '${server} service uninstall'")
    expect_in("the install rules" "${install_rules}" "${WORK_DIR}/sqlite/bin/sqlite3.dll")
    expect_in("the install rules" "${install_rules}" "muster-server-service.txt")
    expect_in("the install rules" "${install_rules}" "deploy-muster-server.cmake")
    expect_in("the install rules" "${install_rules}" "deploy-muster.cmake")
    if(CPACK AND MAKENSIS)
        # makensis compiles the generated script with the commands above: a real Windows installer.
        execute_process(COMMAND "${CMAKE_COMMAND}" --build "${build}" RESULT_VARIABLE built OUTPUT_QUIET)
        expect("building the stand-ins" "${built}" "0")
        execute_process(COMMAND "${CPACK}" -G NSIS -D "CPACK_NSIS_EXECUTABLE=${MAKENSIS}"
            WORKING_DIRECTORY "${build}" RESULT_VARIABLE packed OUTPUT_VARIABLE output ERROR_VARIABLE output)
        if(NOT packed EQUAL 0)
            message(FATAL_ERROR "cpack -G NSIS failed:\n${output}")
        endif()
        # Named -win64 on Windows, after this system here.
        file(GLOB installer "${build}/packages/Muster-${VERSION}-*.exe")
        if(NOT installer)
            message(FATAL_ERROR "No installer in ${build}/packages:\n${output}")
        endif()
        message(STATUS "Built ${installer}")
    endif()
elseif(PLATFORM STREQUAL "macOS")
    expect("CPACK_GENERATOR" "${CPACK_GENERATOR}" "DragNDrop")
    expect("CPACK_COMPONENTS_ALL" "${CPACK_COMPONENTS_ALL}" "desktop")
    expect("the bundle identifier" "${bundle_id}" "${APP_ID}")
    expect_in("the install rules" "${install_rules}" "-executable=")
elseif(PLATFORM STREQUAL "Linux")
    # Qt is not the distribution's: it goes into the TGZ, and the programs find it in lib/.
    expect_in("the generators" "${CPACK_GENERATOR}" "TGZ")
    expect_in("the install rules" "${install_rules}" "deploy-muster-server.cmake")
    expect_in("the install rules" "${install_rules}" "deploy-muster.cmake")
    expect("muster-server's INSTALL_RPATH" "${install_rpath}" [[$ORIGIN/../lib]])
endif()
message(STATUS "${PLATFORM} packaging: ${CPACK_GENERATOR}, components ${CPACK_COMPONENTS_ALL}")
