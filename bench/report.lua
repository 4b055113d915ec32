-- wrk script for bench/run.sh: sends the headers a browser would (gzip, English) and, when wrk is
-- done, prints one machine-readable line that run.sh greps:
--   RESULT p50_ms=.. p95_ms=.. p99_ms=.. rps=.. requests=.. errors=..
-- errors = connect + read + write + timeout errors + responses with a status of 400 or more
-- (wrk counts every status > 399 in errors.status; 2xx and 3xx are successes).

wrk.headers["Accept-Encoding"] = "gzip"
wrk.headers["Accept-Language"] = "en"

function done(summary, latency, requests)
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.timeout + e.status
   local seconds = summary.duration / 1e6 -- summary.duration is in microseconds
   local rps = 0
   if seconds > 0 then
      rps = summary.requests / seconds
   end
   -- latency values are in microseconds
   io.write(string.format(
      "RESULT p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f rps=%.2f requests=%d errors=%d" ..
      " connect=%d read=%d write=%d timeout=%d status=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      rps, summary.requests, errors, e.connect, e.read, e.write, e.timeout, e.status))
end
