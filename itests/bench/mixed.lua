-- wrk script for the memory soak: a mix of public and signed-in reads and a staff create in every 20 requests.
-- Usage: wrk -t2 -c8 -d600s -s mixed.lua -H "Authorization: Basic ..." http://host:port -- <run>
local threads = 0
local reads = {"/api/v1/ping", "/api/v1/windows/01", "/api/v1/windows", "/api/v1/windows/01/details",
               "/api/v1/staff/B001", "/api/v1/staff?limit=20", "/api/v1/calendar/hall/open"}

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  run = args[1] or "M"
  n = 0
end

function request()
  n = n + 1
  if n % 20 == 0 then
    local body = '{"number":"' .. string.format("%s%d-%d", run, tid, n) .. '","name":"测试","department":"税务局"}'
    local headers = {["Content-Type"] = "application/json"} -- a table given here replaces wrk.headers: copy them
    for k, v in pairs(wrk.headers) do headers[k] = v end
    return wrk.format("POST", "/api/v1/staff", headers, body)
  end
  return wrk.format("GET", reads[n % #reads + 1])
end
