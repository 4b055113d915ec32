#!/usr/bin/env python3
"""The benchmark's table and budgets, from the Gatling report of the last run and one first load.

    bench/report.py REPORT_DIR BASE_URL DURATION_SECONDS > bench/out/results.md

Reads the statistics table of REPORT_DIR/index.html (Gatling's HTML report: count, KO, percentiles
per request name, as TrackerSimulation names them), measures the first load of BASE_URL/ (gzip bytes
of the page and every same-origin stylesheet, script and icon it links, and their Cache-Control),
prints the Markdown table and exits 1 when a budget is missed. Request rates are the count over the
pass's DURATION_SECONDS (Gatling's own Cnt/s divides by the whole run).
"""
import gzip
import html
import re
import sys
import urllib.request

CACHED_RPS_MIN_FRACTION = 0.5  # cached stats req/s / liveness req/s
DEEP_PAGE_MAX_RATIO = 1.5  # one client: p50 of a deep page / p50 of page 0
FIRST_LOAD_MAX_BYTES = 358400  # gzip bytes of / and its assets
ASSET_MAX_AGE = "max-age=31536000"
COLUMNS = ["total", "ok", "ko", "ko_percent", "cnt_s", "min", "p50", "p75", "p95", "p99", "max", "mean", "sd"]


def gatling_rows(report_dir):
    page = open(report_dir + "/index.html", encoding="utf-8").read()
    rows = {}
    for row in re.findall(r'<tr id="req_[^"]*".*?</tr>', page, re.S):
        name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', row).group(1))
        values = re.findall(r'<td class="value [a-z]+ col-\d+">([^<]*)</td>', row)
        rows[name] = dict(zip(COLUMNS, (float(v) if v not in ("", "-") else 0.0 for v in values)))
    return rows


def first_load(base):
    def get(url):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Accept-Language": "en"})
        with urllib.request.urlopen(request, timeout=30) as answer:
            body = answer.read()
            return body, answer.headers.get("Cache-Control", "")

    body, _ = get(base + "/")
    text = gzip.decompress(body).decode("utf-8") if body[:2] == b"\x1f\x8b" else body.decode("utf-8")
    links = [href for tag, href in re.findall(r'(<(?:link|script)\b[^>]*?(?:href|src)="(/[^"/][^"]*)")', text)
             if tag.startswith("<script") or re.search(r'rel="(?:stylesheet|icon)"', tag)]
    total, cached = len(body), 0
    for link in dict.fromkeys(links):
        asset, control = get(base + html.unescape(link))
        total += len(asset)
        cached += ASSET_MAX_AGE in control
    return total, cached, len(dict.fromkeys(links))


def main(report_dir, base, duration):
    rows = gatling_rows(report_dir)
    failed = False
    out = ["| endpoint | p50 ms | p95 ms | p99 ms | req/s | budget | PASS/FAIL |", "|---|---:|---:|---:|---:|---|---|"]

    def line(name, rate, budget, ok):
        nonlocal failed
        r = rows[name]
        ok = ok and r["ko"] == 0
        failed |= not ok
        out.append("| `%s` | %d | %d | %d | %s | %s | %s |" % (
            name, r["p50"], r["p95"], r["p99"], "%.1f" % rate if rate is not None else "-", budget,
            "PASS" if ok else "FAIL (%d errors)" % r["ko"] if r["ko"] else "FAIL"))

    for name in [n for n in rows if n.startswith("uncached ")]:
        line(name, rows[name]["total"] / duration, "uncached, 1 user", True)
    liveness = rows["cached /actuator/health/liveness"]["total"] / duration
    for name in [n for n in rows if n.startswith("cached ")]:
        rate = rows[name]["total"] / duration
        if name.endswith("/liveness"):
            line(name, rate, "baseline", True)
        elif "page=" in name:
            line(name, rate, "throughput", True)
        else:
            ratio = rate / liveness
            line(name, rate, "%.2f × liveness / ≥ %s" % (ratio, CACHED_RPS_MIN_FRACTION), ratio >= CACHED_RPS_MIN_FRACTION)
    one = [n for n in rows if n.startswith("one client ")]
    for first in [n for n in one if "page=0" in n]:
        deep = next(n for n in one if n != first and n.split("?")[0] == first.split("?")[0])
        line(first, None, "page 0 reference", True)
        ratio = rows[deep]["p50"] / max(rows[first]["p50"], 1)
        line(deep, None, "%.2f × page 0 / ≤ %s" % (ratio, DEEP_PAGE_MAX_RATIO), ratio <= DEEP_PAGE_MAX_RATIO)

    total, cached, assets = first_load(base)
    failed |= total > FIRST_LOAD_MAX_BYTES or cached < assets
    out.append("| first load of `/` + %d assets (gzip) | | | | | %d B / ≤ %d B | %s |" % (
        assets, total, FIRST_LOAD_MAX_BYTES, "PASS" if total <= FIRST_LOAD_MAX_BYTES else "FAIL"))
    out.append("| assets Cache-Control | | | | | %s on %d/%d | %s |" % (
        ASSET_MAX_AGE, cached, assets, "PASS" if cached == assets else "FAIL"))
    print("\n".join(out))
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2].rstrip("/"), float(sys.argv[3])))
