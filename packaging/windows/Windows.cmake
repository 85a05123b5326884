# NSIS installer. Sections: the desktop app and muster-server, each with the Qt runtime it needs beside
# it in bin\ (shared files are the same bytes), and "Start muster-server with Windows", a scheduled task
# running as LOCAL SERVICE with its data in %ProgramData%\Muster.
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

# The start-up task: registered after the files are in place, removed before they go.
set(task_script "$INSTDIR\\bin\\muster-server-task.ps1")
set(powershell "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "IfFileExists '${task_script}' 0 +2\n  ExecWait '${powershell} \"${task_script}\" -Register'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "IfFileExists '${task_script}' 0 +2\n  ExecWait '${powershell} \"${task_script}\" -Unregister'")

set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Muster desktop app")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "muster-server (command line)")
set(CPACK_COMPONENT_AUTOSTART_DISPLAY_NAME "Start muster-server with Windows")
set(CPACK_COMPONENT_AUTOSTART_DESCRIPTION
    "Runs muster-server at start-up as LOCAL SERVICE on 127.0.0.1:8080, with its directory and tokens in %ProgramData%\\Muster.")
set(CPACK_COMPONENT_AUTOSTART_DEPENDS server)
set(CPACK_COMPONENT_AUTOSTART_DISABLED ON)
set(CPACK_COMPONENT_RUNTIME_HIDDEN ON)
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
list(APPEND CPACK_COMPONENTS_ALL autostart runtime)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/muster-server-task.ps1" DESTINATION "${CMAKE_INSTALL_BINDIR}"
    COMPONENT autostart)
# The GPL's text beside the programs, whichever sections were chosen.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt COMPONENT runtime)

# The compiler's runtime (MSVC), needed by both programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
include(InstallRequiredSystemLibraries)

# Qt beside each program: Qt's deployment script from 6.5 on, windeployqt before.
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
