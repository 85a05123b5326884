-- GET one user by id: rotating over the ids in MUSTER_BENCH_IDS (seed.sh writes them), or always
-- MUSTER_BENCH_USER_ID. MUSTER_BENCH_TOKEN: a bearer token.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local ids = common.seeded_ids() or { os.getenv("MUSTER_BENCH_USER_ID") or "2819c223-7f76-453a-919d-413861904646" }
local next_index

init = function()
    next_index = common.rotation(#ids)
end

request = function()
    return wrk.format("GET", common.base .. "/Users/" .. ids[next_index()], common.headers())
end
