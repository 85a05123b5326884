-- What the SCIM scenarios share; loaded with dofile from the scenario's own folder. Environment:
--   MUSTER_BENCH_TOKEN      bearer token sent with every request
--   MUSTER_BENCH_BASE_PATH  SCIM base path (default /scim/v2)
--   MUSTER_BENCH_IDS        file with one user id a line (seed.sh writes it), for rotating ids
--   MUSTER_BENCH_USERS      how many users seed.sh created (default 10000): user0..user<N-1>@example.com
local common = {}

common.base = os.getenv("MUSTER_BENCH_BASE_PATH") or "/scim/v2"
common.token = os.getenv("MUSTER_BENCH_TOKEN")
common.users = tonumber(os.getenv("MUSTER_BENCH_USERS") or "10000")

-- Headers for one request: Accept, the bearer token, and extra ones.
function common.headers(extra)
    local headers = { ["Accept"] = "application/scim+json" }
    if common.token then headers["Authorization"] = "Bearer " .. common.token end
    for name, value in pairs(extra or {}) do headers[name] = value end
    return headers
end

-- The seeded ids, or nil when MUSTER_BENCH_IDS is not set.
function common.seeded_ids()
    local path = os.getenv("MUSTER_BENCH_IDS")
    if not path then return nil end
    local file = assert(io.open(path, "r"), "cannot read MUSTER_BENCH_IDS=" .. path)
    local ids = {}
    for line in file:lines() do
        if line ~= "" then ids[#ids + 1] = line end
    end
    file:close()
    assert(#ids > 0, path .. " holds no id")
    return ids
end

-- Each wrk thread gets its number (thread_index in its own Lua state), so that threads start their
-- rotations at different places and make different names. A scenario sets `setup = common.setup`.
local threads = 0
function common.setup(thread)
    thread:set("thread_index", threads)
    threads = threads + 1
end

-- A function returning 1, 2, ..., size, 1, ... starting at a place that depends on the thread.
function common.rotation(size)
    local position = ((thread_index or 0) * 7919) % size
    return function()
        position = position % size + 1
        return position
    end
end

return common
