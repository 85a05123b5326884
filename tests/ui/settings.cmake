muster_add_test(tst_settings SOURCES tst_settings.cpp LIBRARIES muster_ui)
