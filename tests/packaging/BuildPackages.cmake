# Builds the Linux packages (DEB, RPM, TGZ) of the build tree BUILD_DIR into a fresh OUTPUT_DIR.
# Usage: cmake -DCPACK=<cpack> -DBUILD_DIR=<build tree> -DOUTPUT_DIR=<folder> -P BuildPackages.cmake
foreach(tool dpkg-deb dpkg-shlibdeps rpmbuild)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        message(FATAL_ERROR "${tool} is missing: install dpkg-dev and rpm")
    endif()
endforeach()
file(REMOVE_RECURSE "${OUTPUT_DIR}")
execute_process(
    COMMAND "${CPACK}" -G "DEB;RPM;TGZ" -B "${OUTPUT_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${BUILD_DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result})")
endif()
