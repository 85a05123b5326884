-- Any path: the constant server answers everything the same way.
wrk.method = "GET"
wrk.path = "/scim/v2/Users/2819c223-7f76-453a-919d-413861904646"
wrk.headers["Accept"] = "application/scim+json"
