-- wrk script for bench/run: sends the session cookie (env BENCH_COOKIE) when set and prints one
-- machine-readable line per page in done(): requests/s, p50/p95/p99 (ms), non-2xx/3xx
-- responses and socket errors. wrk itself counts any status >= 400 as an error ("status").
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
	wrk.headers["Cookie"] = cookie
end
wrk.headers["Accept"] = "text/html,*/*"
wrk.headers["Accept-Encoding"] = "gzip"

function done(summary, latency, requests)
	local seconds = summary.duration / 1e6
	local e = summary.errors
	local sockets = e.connect + e.read + e.write + e.timeout
	io.write(string.format("BENCH rps=%.1f p50=%.1f p95=%.1f p99=%.1f requests=%d non2xx3xx=%d socket=%d\n",
		summary.requests / seconds,
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		summary.requests, e.status, sockets))
end
