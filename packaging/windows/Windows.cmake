# NSIS installer. Sections: the desktop app and muster-server, each with the Qt runtime it needs beside
# it in bin\ (shared files are the same bytes), and "muster-server as a Windows service", which runs
# `muster-server service install` (app/WindowsServiceInstaller.cpp): the service MusterServer, started
# with Windows as LOCAL SERVICE, with its data in %ProgramData%\Muster.
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "Muster")
set(CPACK_NSIS_DISPLAY_NAME "Muster ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Muster")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/muster.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/muster.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\muster.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Offers to put bin\ on PATH, for muster-server's commands (token, backup) in a terminal.
set(CPACK_NSIS_MODIFY_PATH ON)

# The Start menu entry, when the desktop app was chosen.
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "IfFileExists '$INSTDIR\\bin\\muster.exe' 0 +2\n  CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\Muster.lnk' '$INSTDIR\\bin\\muster.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\$MUI_TEMP\\Muster.lnk'")

# The service, when its section was chosen: installed (and started) after the files are in place, and
# removed (stopped first) before they go. A real service rather than a scheduled task: Windows stops it
# with a STOP control at shutdown, which drains the server like SIGTERM, and services.msc, `sc` and the
# recovery actions apply. `service uninstall` succeeds when there is no service, so it always runs.
set(server_exe "$INSTDIR\\bin\\muster-server.exe")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "SectionGetFlags \${service} $0
  IntOp $0 $0 & \${SF_SELECTED}
  IntCmp $0 0 muster_service_done
  nsExec::ExecToLog '\"${server_exe}\" service install'
  Pop $0
  StrCmp $0 0 muster_service_done
  MessageBox MB_OK|MB_ICONEXCLAMATION 'The service MusterServer was not installed or did not start (exit code $0). The installer log shows why.' /SD IDOK
  muster_service_done:")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "IfFileExists '${server_exe}' 0 +3
  nsExec::ExecToLog '\"${server_exe}\" service uninstall'
  Pop $0")

set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Muster desktop app")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "muster-server (command line)")
set(CPACK_COMPONENT_SERVICE_DISPLAY_NAME "muster-server as a Windows service")
set(CPACK_COMPONENT_SERVICE_DESCRIPTION
    "The service MusterServer: starts with Windows as LOCAL SERVICE on 127.0.0.1:8080, with its directory and tokens in %ProgramData%\\Muster (open to LOCAL SERVICE and administrators only).")
set(CPACK_COMPONENT_SERVICE_DEPENDS server)
set(CPACK_COMPONENT_SERVICE_DISABLED ON)
set(CPACK_COMPONENT_RUNTIME_HIDDEN ON)
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
list(APPEND CPACK_COMPONENTS_ALL service runtime)

# The section needs a file of its own to exist in the installer: where the service keeps its data and
# how to give it tokens.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/muster-server-service.txt" DESTINATION . COMPONENT service)
# The GPL's text beside the programs, whichever sections were chosen.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt COMPONENT runtime)

# The SQLite that Muster calls directly (core/store/sql) must be the one inside Qt's SQLite plugin: two
# copies in one process would each keep their own locks and state for the same database handle. The
# release build links a shared sqlite3.dll and builds Qt's plugin against it (.github/workflows/release.yml);
# the DLL goes beside the programs.
find_package(SQLite3 REQUIRED)
get_filename_component(sqlite_library_dir "${SQLite3_LIBRARY}" DIRECTORY)
find_file(MUSTER_SQLITE_DLL NAMES sqlite3.dll HINTS "${sqlite_library_dir}/../bin" "${sqlite_library_dir}"
    NO_DEFAULT_PATH)
if(MUSTER_SQLITE_DLL)
    install(FILES "${MUSTER_SQLITE_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)
else()
    message(WARNING "No sqlite3.dll beside ${SQLite3_LIBRARY}: a static SQLite is a second copy beside the one "
        "in Qt's SQLite plugin. Link a shared SQLite and build the plugin against it (.github/workflows/release.yml).")
endif()

# The compiler's runtime (MSVC), needed by both programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
include(InstallRequiredSystemLibraries)

# Qt beside each program.
muster_install_qt_beside_programs()
