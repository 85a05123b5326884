# DEB and RPM: the package "muster" from the desktop component, and "muster-server" from the server
# and systemd components. Dependencies on shared libraries are computed (dpkg-shlibdeps, RPM's
# autoreq); only Qt plugins, which no tool can see, are named by hand.
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")

# The service files sit at fixed system paths. EXCLUDE_FROM_ALL: a plain `cmake --install` never writes
# to /etc; cpack asks for the component by name.
install(FILES "${linux_dir}/muster-server.service" DESTINATION /usr/lib/systemd/system
    COMPONENT systemd EXCLUDE_FROM_ALL)
# It may hold a database password: the maintainer scripts make it 0640 root:muster once the group exists.
install(FILES "${linux_dir}/muster.conf" DESTINATION /etc/muster COMPONENT systemd EXCLUDE_FROM_ALL)
list(APPEND CPACK_COMPONENTS_ALL systemd)

# The licence, in Debian's machine-readable copyright format, where each package's documentation goes
# (/usr/share/doc/<package>/copyright); it points to the GPL's text in /usr/share/common-licenses.
install(FILES "${linux_dir}/deb/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/muster-server"
    COMPONENT server)
if(TARGET muster)
    install(FILES "${linux_dir}/deb/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/muster"
        COMPONENT desktop)
endif()
set(CPACK_COMPONENT_SYSTEMD_GROUP server)
set(CPACK_COMPONENT_SERVER_GROUP server)
set(CPACK_COMPONENT_GROUP_SERVER_DESCRIPTION "${CPACK_COMPONENT_SERVER_DESCRIPTION}")

# A Qt that is not the distribution's (the release workflow's Qt 6.5 on Ubuntu) travels in the TGZ with
# the programs, which would not start without it; the DEB and RPM depend on the distribution's Qt instead.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5 AND NOT QT6_INSTALL_PREFIX STREQUAL "/usr")
    muster_install_qt_beside_programs()
    # Qt's deployment puts the libraries in lib/; the installed programs look for them there.
    foreach(program muster-server muster)
        if(TARGET ${program})
            set_target_properties(${program} PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
        endif()
    endforeach()
endif()

set(CPACK_GENERATOR TGZ DEB)
find_program(MUSTER_RPMBUILD rpmbuild)
if(MUSTER_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()

# --- DEB -----------------------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME muster)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION admin)
# Debian descriptions: the first line is the synopsis (CPackProjectConfig.cmake keeps cpack from
# prepending the shared summary); lines stay within 80 columns.
set(muster_deb_about "Muster keeps the users and groups of an organisation in a local directory. IT
staff edit them in a desktop app; an embedded SCIM 2.0 server (RFC 7643, RFC
7644) serves the same directory, so that identity providers such as Microsoft
Entra ID, Okta, OneLogin and JumpCloud can provision into it. The directory
lives in SQLite, or in PostgreSQL shared by several servers.")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "local identity directory with a SCIM 2.0 server (desktop app)
${muster_deb_about}

This package holds the desktop app; muster-server is the server without a
window.")
# Plugins Qt loads at run time: the SQLite driver (the default store), PostgreSQL's, Wayland's platform.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# qt6-translations-l10n: Qt's own strings (standard buttons, dialogs) in the language Muster shows.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME muster-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "local identity directory with a SCIM 2.0 server (server)
${muster_deb_about}

This package holds muster-server, the server without a window, as a systemd
service that runs as the user muster, keeps its directory in /var/lib/muster
and reads /etc/muster/muster.conf.")
# The SQLite driver is a plugin; passwd brings useradd for the maintainer scripts.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, passwd")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${linux_dir}/deb/conffiles" "${linux_dir}/deb/postinst" "${linux_dir}/deb/prerm" "${linux_dir}/deb/postrm")

# --- RPM -----------------------------------------------------------------------------------------------
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_LICENSE "${MUSTER_LICENSE_SPDX}")
# Build-id links would make the two packages own files under /usr/lib/.build-id for nothing.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Directories that other packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/lib/systemd /usr/lib/systemd/system /usr/share/applications /usr/share/metainfo /usr/share/icons
    /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()

set(CPACK_RPM_DESKTOP_PACKAGE_NAME muster)
set(CPACK_RPM_DESKTOP_PACKAGE_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY} (desktop app)")
set(CPACK_RPM_DESKTOP_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_DESKTOP_PACKAGE_SUGGESTS "qt6-qtbase-postgresql, qt6-qttranslations")

set(CPACK_RPM_SERVER_PACKAGE_NAME muster-server)
set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY} (server)")
set(CPACK_RPM_SERVER_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SERVER_PACKAGE_SUGGESTS "qt6-qtbase-postgresql")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) %attr(0640,root,muster) /etc/muster/muster.conf")
set(CPACK_RPM_SERVER_PRE_INSTALL_SCRIPT_FILE "${linux_dir}/rpm/pre-install.sh")
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE "${linux_dir}/rpm/post-install.sh")
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE "${linux_dir}/rpm/pre-uninstall.sh")
set(CPACK_RPM_SERVER_POST_UNINSTALL_SCRIPT_FILE "${linux_dir}/rpm/post-uninstall.sh")
