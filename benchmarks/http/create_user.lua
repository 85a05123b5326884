-- POST a new user per request (unique userName per wrk thread and run).
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "scim_common.lua")
setup = common.setup

local prefix
local counter = 0
local headers = common.headers({ ["Content-Type"] = "application/scim+json" })

init = function()
    prefix = tostring(os.time()) .. "-" .. tostring(thread_index or 0)
end

request = function()
    counter = counter + 1
    local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bench-' .. prefix .. '-' ..
        counter .. '@example.com","name":{"givenName":"Bench","familyName":"User"},"active":true}'
    return wrk.format("POST", common.base .. "/Users", headers, body)
end
