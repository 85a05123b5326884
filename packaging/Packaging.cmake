# Installers, built with `cpack -G <generator>` in a build tree (README.md, "Installing"):
#   Linux    DEB and RPM packages "muster" (the desktop app) and "muster-server" (the headless server
#            as a systemd service), and a TGZ of both programs.
#   Windows  an NSIS installer: each program with its Qt runtime, a Start menu entry, and an optional
#            task that starts muster-server with Windows.
#   macOS    a DragNDrop DMG of Muster.app, with muster-server inside and Qt deployed by macdeployqt.
# Included last from the root CMakeLists.txt, so that every other install() rule exists.
include(GNUInstallDirs)

# The app's one reverse-DNS id: AppStream's component id and the name of the metainfo and desktop entry
# files (resources/), the macOS bundle identifier (macos/MacOS.cmake) and the desktop file name the app
# gives the window system (app/muster_main.cpp). It is the homepage's host, muster.invalid, reversed:
# Muster owns no domain yet, and ".invalid" is reserved (RFC 2606, RFC 6761) so that it can never name
# anyone's, where "io.github.<name>" or a ".org" guess would claim an account or a domain Muster does not
# hold. Once it has a domain of its own, change the id here and keep the old one in the metainfo's
# <replaces>, so that software centres carry installations over.
set(MUSTER_APP_ID "invalid.muster.Muster")
if(TARGET muster)
    target_compile_definitions(muster PRIVATE MUSTER_APP_ID="${MUSTER_APP_ID}")
endif()

# The icon, the desktop entry and the AppStream metainfo that the installers carry.
add_subdirectory(resources)

# Install components. "desktop": the app and its assets; "server": muster-server. Platform files add
# their own (Linux: "systemd"; Windows: "runtime" and "service").
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "muster-server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The SCIM 2.0 server without a window: serves the directory to identity providers from a server or a container.")
set(CPACK_COMPONENTS_ALL server)
if(TARGET muster)
    set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Muster")
    set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
        "The desktop app: edit users and groups, and serve them to identity providers over SCIM 2.0.")
    list(PREPEND CPACK_COMPONENTS_ALL desktop)
endif()
# What an archive (TGZ, ZIP) holds: the programs and their assets, not the system service files.
set(CPACK_MUSTER_ARCHIVE_COMPONENTS ${CPACK_COMPONENTS_ALL})

set(CPACK_PACKAGE_NAME "Muster")
set(CPACK_PACKAGE_VENDOR "Muster")
set(CPACK_PACKAGE_CONTACT "The Muster developers <developers@muster.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Muster keeps the users and groups of an organisation in a local directory. IT staff edit them in a desktop app; an embedded SCIM 2.0 server (RFC 7643, RFC 7644) serves the same directory, so that identity providers such as Microsoft Entra ID, Okta, OneLogin and JumpCloud can provision into it.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Muster is GPL-3.0-or-later: it links QtHttpServer, which Qt offers under the GPL-3.0 (or a commercial
# licence) only. The installers that show a licence (NSIS, DragNDrop) show this one.
set(MUSTER_LICENSE_SPDX "GPL-3.0-or-later")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Muster")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
# Values reach cpack exactly as written here (NSIS paths keep single backslashes).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
# Per-generator choices that cpack makes when it runs (archive contents, one DMG).
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")

# Installs the Qt libraries and plugins each program needs beside it, with the program's component: Qt's
# deployment script from 6.5 on, windeployqt before (Windows only).
function(muster_install_qt_beside_programs)
    set(deployed server muster-server)
    if(TARGET muster)
        list(APPEND deployed desktop muster)
    endif()
    while(deployed)
        list(POP_FRONT deployed component target)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script NO_COMPILER_RUNTIME)
            install(SCRIPT "${deploy_script}" COMPONENT ${component})
        else()
            find_program(MUSTER_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
            install(CODE "
                execute_process(COMMAND \"${MUSTER_WINDEPLOYQT}\" --no-compiler-runtime
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${target}>\"
                    COMMAND_ERROR_IS_FATAL ANY)"
                COMPONENT ${component})
        endif()
    endwhile()
endfunction()

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake")
endif()

include(CPack)
