-- The identity providers' most common query: a user by userName, over rotating names.
local base = os.getenv("MUSTER_BENCH_BASE_PATH") or "/scim/v2"
local users = tonumber(os.getenv("MUSTER_BENCH_USERS") or "10000")
local token = os.getenv("MUSTER_BENCH_TOKEN")
local counter = 0
request = function()
    counter = counter + 1
    local name = "user" .. (counter % users) .. "@example.com"
    local headers = { ["Accept"] = "application/scim+json" }
    if token then headers["Authorization"] = "Bearer " .. token end
    return wrk.format("GET", base .. "/Users?filter=userName%20eq%20%22" .. name .. "%22", headers)
end
