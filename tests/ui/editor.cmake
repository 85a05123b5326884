# Editing users and groups: the schema-driven dialogs, the membership editor, undo and Recently Deleted.
foreach(name tst_editormodels tst_resourceeditor tst_membershipeditor tst_undo tst_recentlydeleted)
    muster_add_test(${name} SOURCES ${name}.cpp LIBRARIES muster_ui)
endforeach()
