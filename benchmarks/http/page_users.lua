-- Pages of 100 users, walking through all MUSTER_BENCH_USERS of them (startIndex 1, 101, ...), as an
-- identity provider's reconciliation does.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local pages = math.max(1, math.ceil(common.users / 100))
local next_page

init = function()
    next_page = common.rotation(pages)
end

request = function()
    local start = (next_page() - 1) * 100 + 1
    return wrk.format("GET", common.base .. "/Users?startIndex=" .. start .. "&count=100", common.headers())
end
