# A DragNDrop DMG of Muster.app. muster-server is installed inside the bundle (app/CMakeLists.txt), so
# that both programs use the Qt frameworks macdeployqt copies into it.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Muster ${PROJECT_VERSION}")
# The GPL asks nobody to accept it: no licence agreement on opening the DMG (it needs hdiutil's
# deprecated resource tools); the text ships inside the bundle instead.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# The SQLite that Muster calls directly (core/store/sql) must be the one Qt's SQLite plugin uses: the
# system's, from the SDK, which the release build also builds the plugin against
# (.github/workflows/release.yml). Homebrew's, or the copy inside Qt's stock plugin, would be a second one.
find_package(SQLite3 REQUIRED)
if(NOT SQLite3_LIBRARY MATCHES "^/usr/lib/|\\.sdk/usr/lib/")
    message(WARNING "Muster links ${SQLite3_LIBRARY}, not the system's SQLite: Qt's SQLite plugin would run a "
        "second copy. Use the SDK's (-DSQLite3_LIBRARY=$(xcrun --show-sdk-path)/usr/lib/libsqlite3.tbd).")
endif()

if(NOT TARGET muster)
    return() # a server-only build: muster-server and nothing to bundle
endif()

# Both programs ship in the bundle, from the desktop component.
list(REMOVE_ITEM CPACK_COMPONENTS_ALL server)

set_target_properties(muster PROPERTIES
    OUTPUT_NAME Muster
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${MUSTER_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME Muster
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
    DESTINATION "$<TARGET_FILE_BASE_NAME:muster>.app/Contents/Resources" COMPONENT desktop)

find_program(MUSTER_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    set(bundle \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_BASE_NAME:muster>.app\")
    execute_process(COMMAND \"${MUSTER_MACDEPLOYQT}\" \"\${bundle}\"
        \"-executable=\${bundle}/Contents/MacOS/muster-server\" -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT desktop)
