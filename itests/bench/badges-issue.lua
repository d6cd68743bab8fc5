-- wrk script: POST /api/v1/badges/cards, a new holder and chip on every request (run, thread, counter), with the
-- holder stated by the office (badges installed without the staff directory).
-- Usage: wrk -t2 -c16 -d10s -s badges-issue.lua -H "Authorization: Basic ..." http://localhost:8181 -- <run 0-65535>
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  run = tonumber(args[1] or "0") % 65536
  n = 0
  wrk.method = "POST"
  wrk.path = "/api/v1/badges/cards"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local holder = string.format("H%d-%d-%d", run, tid, n)
  local chip = string.format("%04X%02X%08X", run, tid, n)
  return wrk.format(nil, nil, nil, '{"holder":"' .. holder .. '","chipUid":"' .. chip
    .. '","name":"测试","unit":"税务局","building":"MAIN"}')
end
