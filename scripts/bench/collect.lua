-- wrk script of scripts/bench-collect: every request is a new submission of the benchmark
-- form (30 fields and a ~4 KB photo), as ODK Collect sends it (multipart/form-data).
local boundary = "datashift-bench-boundary"
local photo = string.rep("\255\216\255\224benchphoto", 400)
local counter = 0
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  thread:set("run", os.time())
  table.insert(threads, thread)
end

local function document(id)
  return '<?xml version="1.0"?><data id="bench_water" version="1">'
    .. '<start>2026-11-30T08:00:00.000+03:00</start><end>2026-11-30T08:09:00.000+03:00</end>'
    .. '<today>2026-11-30</today><deviceid>collect:bench' .. tid .. '</deviceid>'
    .. '<monitor>Amina Yusuf</monitor><visited>2026-11-29</visited><place>makina</place>'
    .. '<point>Kiosk ' .. counter .. '</point><location>-1.3133 36.7876 1650 4.5</location>'
    .. '<photo>photo.jpg</photo><working>yes</working><days_dry/><price>20</price><usual>15</usual>'
    .. '<over>yes</over><queue>7</queue><joined>08:01:00.000+03:00</joined><served>08:20:00.000+03:00</served>'
    .. '<looks>clear</looks><chlorine>0.4</chlorine><drainage>no</drainage><users>2</users>'
    .. '<name1>Baraka</name1><name2>Neema</name2><trips1>3</trips1><trips2>2</trips2>'
    .. '<safe>yes</safe><lit>no</lit><comments>Long queue in the morning</comments><follow/>'
    .. '<meta><instanceID>' .. id .. '</instanceID></meta></data>'
end

function request()
  counter = counter + 1
  local id = string.format("uuid:bench-%d-%d-%d", run, tid, counter)
  local body = "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="xml_submission_file"; filename="submission.xml"\r\n'
    .. "Content-Type: text/xml\r\n\r\n" .. document(id) .. "\r\n"
    .. "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="photo.jpg"; filename="photo.jpg"\r\n'
    .. "Content-Type: image/jpeg\r\n\r\n" .. photo .. tid .. counter .. "\r\n"
    .. "--" .. boundary .. "--\r\n"
  return wrk.format("POST", nil, {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["X-OpenRosa-Version"] = "1.0",
  }, body)
end

-- The tail of the latency distribution, in ms, for the bench's table (wrk's own summary
-- stops at p99).
function done(summary, latency, requests)
  io.write(string.format("tail: p99.9 %.2f max %.2f\n",
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
