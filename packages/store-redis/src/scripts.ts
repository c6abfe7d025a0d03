// The Lua scripts: each runs a whole batch atomically, in one round trip. Times come
// from the caller (the store's clock) in ARGV; PEXPIRE only lets Redis drop what has
// lapsed, the decisions compare the stored expiry with the caller's `now`.

/** KEYS: counters. ARGV: now, ttlMs. */
export const INCREMENT = `
local now, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
for _, key in ipairs(KEYS) do
  local e = tonumber(redis.call('HGET', key, 'e'))
  if e and e > now then
    redis.call('HINCRBY', key, 'v', 1)
  else
    redis.call('HSET', key, 'v', 1, 'e', now + ttl)
    if ttl > 0 then redis.call('PEXPIRE', key, ttl) else redis.call('DEL', key) end
  end
end
return 0`;

/** KEYS: counters. ARGV: now. Answers the values, 0 where absent or lapsed. */
export const GET = `
local now = tonumber(ARGV[1])
local out = {}
for i, key in ipairs(KEYS) do
  local v = redis.call('HMGET', key, 'v', 'e')
  local e = tonumber(v[2])
  out[i] = (e and e > now) and tonumber(v[1]) or 0
end
return out`;

/**
 * KEYS: idempotency keys. ARGV: now, leaseMs, owner. Answers 1 where claimed (in the
 * owner's name), 0 where not.
 */
export const CLAIM = `
local now, lease, owner = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local out = {}
for i, key in ipairs(KEYS) do
  local e = tonumber(redis.call('HGET', key, 'e'))
  if e and e > now then
    out[i] = 0
  else
    redis.call('HSET', key, 's', 'claimed', 'e', now + lease, 'o', owner)
    if lease > 0 then redis.call('PEXPIRE', key, lease) else redis.call('DEL', key) end
    out[i] = 1
  end
end
return out`;

/**
 * KEYS: idempotency keys. ARGV: now, ttlMs, owner. Marks every key sent (in the owner's
 * name) whoever held it; answers 0 where another owner's claim or sent mark was live, 1
 * where not.
 */
export const CONFIRM = `
local now, ttl, owner = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local out = {}
for i, key in ipairs(KEYS) do
  local held = redis.call('HMGET', key, 'e', 'o')
  local e = tonumber(held[1])
  out[i] = (e and e > now and held[2] ~= owner) and 0 or 1
  redis.call('HSET', key, 's', 'sent', 'e', now + ttl, 'o', owner)
  if ttl > 0 then redis.call('PEXPIRE', key, ttl) else redis.call('DEL', key) end
end
return out`;

/**
 * KEYS: idempotency keys. ARGV: now, owner. Deletes the owner's claims, never a sent key
 * nor another owner's claim; answers 0 where another owner's claim or sent mark was live,
 * 1 where not.
 */
export const RELEASE = `
local now, owner = tonumber(ARGV[1]), ARGV[2]
local out = {}
for i, key in ipairs(KEYS) do
  local held = redis.call('HMGET', key, 's', 'e', 'o')
  local e = tonumber(held[2])
  if held[3] == owner then
    if held[1] == 'claimed' then redis.call('DEL', key) end
    out[i] = 1
  else
    out[i] = (e and e > now) and 0 or 1
  end
end
return out`;

/**
 * KEYS: order (zset), sequence, audit (stream), then one entry hash per entry.
 * ARGV: now, actor, note, hasNote ('1'/'0'), then per entry: field, tenant, key, reason,
 * type, source, createdAt, expiresAt ('' = never).
 */
export const ADD = `
local now, actor, note, hasNote = tonumber(ARGV[1]), ARGV[2], ARGV[3], ARGV[4]
for i = 4, #KEYS do
  local b = 4 + (i - 4) * 8
  local hash, field, x = KEYS[i], ARGV[b + 1], ARGV[b + 8]
  local old = redis.call('HGET', hash, field)
  local id, write = nil, true
  if old then
    local e = cjson.decode(old)
    id = e.id
    local ox = tonumber(e.x)
    write = ox ~= nil and (ox <= now or x == '' or tonumber(x) > ox)
  else
    id = redis.call('INCR', KEYS[2])
    redis.call('ZADD', KEYS[1], id, hash .. '\\n' .. field)
  end
  if write then
    redis.call('HSET', hash, field, cjson.encode({ id = id, t = ARGV[b + 2], k = ARGV[b + 3],
      r = ARGV[b + 4], y = ARGV[b + 5], s = ARGV[b + 6], c = ARGV[b + 7], x = x }))
    redis.call('XADD', KEYS[3], '*', 'a', 'add', 't', ARGV[b + 2], 'k', ARGV[b + 3],
      'r', ARGV[b + 4], 'y', ARGV[b + 5], 'u', actor, 'n', note, 'hn', hasNote, 'at', ARGV[1])
  end
end
return 0`;

/**
 * KEYS: order (zset), audit (stream), then one entry hash per lift.
 * ARGV: now, actor, note, hasNote, then per lift: reason ('' = any), type ('' = any).
 * Answers how many entries were lifted.
 */
export const LIFT = `
local actor, note, hasNote = ARGV[2], ARGV[3], ARGV[4]
local lifted = 0
for i = 3, #KEYS do
  local b = 4 + (i - 3) * 2
  local hash, reason, type = KEYS[i], ARGV[b + 1], ARGV[b + 2]
  local fields = redis.call('HGETALL', hash)
  for j = 1, #fields, 2 do
    local e = cjson.decode(fields[j + 1])
    if (reason == '' or e.r == reason) and (type == '' or e.y == type) then
      redis.call('HDEL', hash, fields[j])
      redis.call('ZREM', KEYS[1], hash .. '\\n' .. fields[j])
      redis.call('XADD', KEYS[2], '*', 'a', 'lift', 't', e.t, 'k', e.k, 'r', e.r, 'y', e.y,
        'u', actor, 'n', note, 'hn', hasNote, 'at', ARGV[1])
      lifted = lifted + 1
    end
  end
end
return lifted`;

/**
 * KEYS: order (zset). ARGV: after (an id), count. Answers the entries (JSON) after `after`
 * in the order they were first added, as [id, value] pairs.
 */
export const SCAN = `
local members = redis.call('ZRANGE', KEYS[1], '(' .. ARGV[1], '+inf', 'BYSCORE', 'LIMIT', 0,
  tonumber(ARGV[2]), 'WITHSCORES')
local out = {}
for i = 1, #members, 2 do
  local m = members[i]
  local sep = string.find(m, '\\n', 1, true)
  out[#out + 1] = members[i + 1]
  out[#out + 1] = redis.call('HGET', string.sub(m, 1, sep - 1), string.sub(m, sep + 1)) or ''
end
return out`;

/**
 * Right to erasure. KEYS: order (zset), audit (stream). ARGV: the entry hashes' prefix
 * (`<prefix>s:`), then per address: address, hash (both stored forms).
 * Every entry of an address, in any scope, moves to the hash's entry hash (unless the
 * hash has that entry already), keeping its place in the order. The audit stream cannot
 * be edited in place: when a record names an address (as key or in its note), the stream
 * is written anew with the same ids. Linear in the list and the trail: erasure is rare.
 * Answers how many entries moved.
 */
export const FORGET = `
local order, trail, p = KEYS[1], KEYS[2], ARGV[1]
local hashes, addresses = {}, {}
for i = 2, #ARGV - 1, 2 do
  hashes[ARGV[i]] = ARGV[i + 1]
  addresses[#addresses + 1] = ARGV[i]
end
local function replace(text, old, new)
  local out, from = '', 1
  while true do
    local s, e = string.find(text, old, from, true)
    if not s then return out .. string.sub(text, from) end
    out = out .. string.sub(text, from, s - 1) .. new
    from = e + 1
  end
end
local moved = 0
local members = redis.call('ZRANGE', order, 0, -1, 'WITHSCORES')
for i = 1, #members, 2 do
  local m = members[i]
  local sep = string.find(m, '\\n', 1, true)
  local h, field = string.sub(m, 1, sep - 1), string.sub(m, sep + 1)
  local rest = string.sub(h, #p + 1)
  local split = string.sub(rest, 1, 2) == 'g:' and 2 or string.find(rest, ':', 3, true)
  local scope, key = string.sub(rest, 1, split), string.sub(rest, split + 1)
  local hash = hashes[key]
  if hash then
    local value = redis.call('HGET', h, field)
    redis.call('HDEL', h, field)
    redis.call('ZREM', order, m)
    local target = p .. scope .. hash
    if value and redis.call('HEXISTS', target, field) == 0 then
      local e = cjson.decode(value)
      e.k = hash
      redis.call('HSET', target, field, cjson.encode(e))
      redis.call('ZADD', order, members[i + 1], target .. '\\n' .. field)
    end
    moved = moved + 1
  end
end
local records = redis.call('XRANGE', trail, '-', '+')
local rewrite = {}
local changed = false
for _, record in ipairs(records) do
  local fields = record[2]
  for j = 1, #fields, 2 do
    local name, value = fields[j], fields[j + 1]
    if name == 'k' and hashes[value] then
      fields[j + 1] = hashes[value]
      changed = true
    elseif name == 'n' then
      for _, address in ipairs(addresses) do
        local erased = replace(fields[j + 1], address, hashes[address])
        if erased ~= fields[j + 1] then
          fields[j + 1] = erased
          changed = true
        end
      end
    end
  end
  rewrite[#rewrite + 1] = record
end
if changed then
  redis.call('DEL', trail)
  for _, record in ipairs(rewrite) do
    redis.call('XADD', trail, record[1], unpack(record[2]))
  end
end
return moved`;
