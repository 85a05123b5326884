# Tenants and backups (ui/tenants, ui/backup); included from tests/ui/CMakeLists.txt.
if(TARGET muster_ui)
    foreach(name tst_tenants tst_backup)
        muster_add_test(${name} SOURCES ${name}.cpp LIBRARIES muster_ui)
    endforeach()
endif()
