-- A page of 100 users.
local base = os.getenv("MUSTER_BENCH_BASE_PATH") or "/scim/v2"
wrk.method = "GET"
wrk.path = base .. "/Users?startIndex=1&count=100"
wrk.headers["Accept"] = "application/scim+json"
local token = os.getenv("MUSTER_BENCH_TOKEN")
if token then wrk.headers["Authorization"] = "Bearer " .. token end
