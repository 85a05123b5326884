# The desktop app's server feature: the Server page, the request inspector, the status fields and the
# tray. Included from this folder's CMakeLists.txt.
if(TARGET muster_ui)
    foreach(name tst_serverpanel tst_requestinspector)
        muster_add_test(${name} SOURCES ${name}.cpp LIBRARIES muster_ui Qt6::Network)
    endforeach()
endif()
