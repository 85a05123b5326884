-- GET one user by id. MUSTER_BENCH_USER_ID: an existing user's id; MUSTER_BENCH_TOKEN: a bearer token.
local id = os.getenv("MUSTER_BENCH_USER_ID") or "2819c223-7f76-453a-919d-413861904646"
local base = os.getenv("MUSTER_BENCH_BASE_PATH") or "/scim/v2"
wrk.method = "GET"
wrk.path = base .. "/Users/" .. id
wrk.headers["Accept"] = "application/scim+json"
local token = os.getenv("MUSTER_BENCH_TOKEN")
if token then wrk.headers["Authorization"] = "Bearer " .. token end
