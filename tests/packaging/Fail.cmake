# A test that cannot run here: fails with MESSAGE.
message(FATAL_ERROR "${MESSAGE}")
