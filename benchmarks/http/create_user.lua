-- POST a new user per request (unique userName per wrk thread and run).
local base = os.getenv("MUSTER_BENCH_BASE_PATH") or "/scim/v2"
local token = os.getenv("MUSTER_BENCH_TOKEN")
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1000000))
local counter = 0
request = function()
    counter = counter + 1
    local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bench-' .. prefix .. '-' ..
        counter .. '@example.com","name":{"givenName":"Bench","familyName":"User"},"active":true}'
    local headers = { ["Content-Type"] = "application/scim+json", ["Accept"] = "application/scim+json" }
    if token then headers["Authorization"] = "Bearer " .. token end
    return wrk.format("POST", base .. "/Users", headers, body)
end
