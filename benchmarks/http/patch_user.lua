-- PATCH replacing one attribute (title) of a user, rotating over the ids in MUSTER_BENCH_IDS. The
-- server answers 204 with the new ETag, as Entra ID expects.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local ids = assert(common.seeded_ids(), "patch_user needs MUSTER_BENCH_IDS (see seed.sh)")
local next_index
local counter = 0
local headers = common.headers({ ["Content-Type"] = "application/scim+json" })

init = function()
    next_index = common.rotation(#ids)
end

request = function()
    counter = counter + 1
    local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",' ..
        '"path":"title","value":"Title ' .. (thread_index or 0) .. "-" .. counter .. '"}]}'
    return wrk.format("PATCH", common.base .. "/Users/" .. ids[next_index()], headers, body)
end
