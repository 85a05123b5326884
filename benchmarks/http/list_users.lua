-- The first page of 100 users.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
wrk.method = "GET"
wrk.path = common.base .. "/Users?startIndex=1&count=100"
wrk.headers = common.headers()
