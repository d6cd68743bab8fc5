-- wrk script: POST /api/v1/staff, a new staff number on every request (run prefix, thread, counter).
-- Usage: wrk -t2 -c16 -d10s -s staff-create.lua -H "Authorization: Basic ..." http://localhost:8181 -- <run>
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  run = args[1] or "R"
  n = 0
  wrk.method = "POST"
  wrk.path = "/api/v1/staff"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local number = string.format("%s%d-%d", run, tid, n)
  return wrk.format(nil, nil, nil, '{"number":"' .. number .. '","name":"测试' .. n .. '","department":"税务局"}')
end
