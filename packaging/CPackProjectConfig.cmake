# Read by cpack for each generator, after CPackConfig.cmake.
if(CPACK_GENERATOR MATCHES "^(TGZ|TXZ|ZIP)$")
    # One archive of the programs and their assets; system service files belong to the DEB and RPM.
    set(CPACK_COMPONENTS_ALL ${CPACK_MUSTER_ARCHIVE_COMPONENTS})
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    # One disk image holding the app bundle.
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
endif()

if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's description starts with its own synopsis (linux/Linux.cmake); without this, cpack
    # would put the shared summary above it.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
endif()
