# Import, export and the audit log page (ui/transfer, ui/audit); included from tests/ui/CMakeLists.txt.
if(TARGET muster_ui)
    foreach(name tst_csvreader tst_csvimport tst_export tst_auditlogview)
        muster_add_test(${name} SOURCES ${name}.cpp LIBRARIES muster_ui)
    endforeach()
endif()
