-- The identity providers' most common query: a user by userName, rotating over the names seed.sh
-- gives (user0@example.com ... user<N-1>@example.com, N = MUSTER_BENCH_USERS).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local next_index

init = function()
    next_index = common.rotation(common.users)
end

request = function()
    local name = "user" .. (next_index() - 1) .. "@example.com"
    return wrk.format("GET", common.base .. "/Users?filter=userName%20eq%20%22" .. name .. "%22", common.headers())
end
