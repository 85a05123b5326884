-- The soak's mix at a steady rate: each connection sends one request every MUSTER_SOAK_DELAY_MS
-- (default 20) milliseconds, in a cycle of 10: 4 GET by id, 2 userName filters, 1 page of 50, 2 PATCH
-- (replace title) and 1 write that creates or deletes: a POST of a new user, and in the next cycle the
-- DELETE of a user an earlier POST created. The directory keeps its size, so that the server's memory
-- can level off instead of following a growing directory. Ids from MUSTER_BENCH_IDS, names from seed.sh.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local ids = assert(common.seeded_ids(), "soak needs MUSTER_BENCH_IDS (see seed.sh)")
local pause = tonumber(os.getenv("MUSTER_SOAK_DELAY_MS") or "20")
local next_id, next_name
local counter = 0
local prefix
local write_headers = common.headers({ ["Content-Type"] = "application/scim+json" })
-- Users this thread created and has not deleted yet, oldest first (ids from the 201 answers).
local created = {}

init = function()
    next_id = common.rotation(#ids)
    next_name = common.rotation(common.users)
    prefix = tostring(os.time()) .. "-" .. tostring(thread_index or 0)
end

delay = function()
    return pause
end

request = function()
    counter = counter + 1
    local step = counter % 10
    if step < 4 then
        return wrk.format("GET", common.base .. "/Users/" .. ids[next_id()], common.headers())
    elseif step < 6 then
        local name = "user" .. (next_name() - 1) .. "@example.com"
        return wrk.format("GET", common.base .. "/Users?filter=userName%20eq%20%22" .. name .. "%22", common.headers())
    elseif step == 6 then
        return wrk.format("GET", common.base .. "/Users?startIndex=" .. (counter % 900 + 1) .. "&count=50",
            common.headers())
    elseif step < 9 then
        local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",' ..
            '"path":"title","value":"Soak ' .. prefix .. "-" .. counter .. '"}]}'
        return wrk.format("PATCH", common.base .. "/Users/" .. ids[next_id()], write_headers, body)
    end
    if math.floor(counter / 10) % 2 == 1 and #created > 0 then
        return wrk.format("DELETE", common.base .. "/Users/" .. table.remove(created, 1), common.headers())
    end
    local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"soak-' .. prefix .. '-' ..
        counter .. '@example.com","active":true}'
    return wrk.format("POST", common.base .. "/Users", write_headers, body)
end

-- Remembers each created user for its DELETE.
response = function(status, headers, body)
    if status == 201 then
        local id = body:match('"id"%s*:%s*"([^"]+)"')
        if id then created[#created + 1] = id end
    end
end
