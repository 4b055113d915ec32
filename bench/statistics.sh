#!/usr/bin/env bash
# Statistics as multiples of F, one sequential pass over the adoptions, measured side by side in one
# run on the same data (this machine's speed drifts): before each timed request, F is measured again
# (PostgreSQL's own execution time of SELECT count(*) FROM adoption, no parallel workers, no JIT).
# Each statistic is asked with DB_REQUESTS distinct filters, caching off (server time per request,
# timed by curl on loopback), after WARMUP untimed requests (by default each filter once: a server
# that has been running, its code compiled by the JIT, not one that has just started); then the same
# requests with caching on. Prints a Markdown table (also bench/out/statistics-$DB.md) and exits
# non-zero when a budget fails.
#
#   bench/statistics.sh                                  # 100,000 companies in chuhai_bench
#   COMPANIES=1000000 DB=chuhai_bench_1m bench/statistics.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), curl, psql and Java 17.
set -euo pipefail

COMPANIES=${COMPANIES:-100000}
DB=${DB:-chuhai_bench}
PORT=${PORT:-8082}
DB_REQUESTS=${DB_REQUESTS:-20}       # distinct filters per statistic
WARMUP=${WARMUP:-$DB_REQUESTS}       # untimed requests first (the JIT compiles what they run)
SKIP_BUILD=${SKIP_BUILD:-0}
JAR=${JAR:-}                         # a jar to measure instead of building target/chuhai-cloud-tracker-*.jar
START_TIMEOUT=${START_TIMEOUT:-3600} # the first start generates the data (a million companies: minutes)
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
BASE="http://127.0.0.1:$PORT"
OUT=bench/out
APP_PID=""

log() { printf '[statistics %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", ($1) }"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# F in ms: PostgreSQL's own execution time of one pass over the adoptions.
pass_ms() {
    psql -X -Atq -d "$DB" -c "SET max_parallel_workers_per_gather = 0" -c "SET jit = off" \
        -c "EXPLAIN (ANALYZE, TIMING OFF) SELECT count(*) FROM adoption" |
        sed -nE 's/^Execution Time: ([0-9.]+) ms$/\1/p'
}

# The server's time for one request, in ms; fails on a status other than 200.
request_ms() {
    local answer
    answer=$(curl -s -o /dev/null -H 'Accept-Language: en' -w '%{http_code} %{time_total}' "$BASE$1")
    [[ ${answer%% *} == 200 ]] || die "$1 answered ${answer%% *}"
    calc "${answer#* } * 1000" 1
}

start_app() {
    local label=$1
    shift
    curl -s -o /dev/null "$BASE/" && die "something already answers on port $PORT"
    log "starting the app ($label)"
    java -Xmx256m -jar "$JAR" --spring.profiles.active=postgres \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
        --server.port="$PORT" --app.synthetic.companies="$COMPANIES" \
        --app.rate-limit.statistics-per-minute=1000000 "$@" >"$OUT/statistics-$label.log" 2>&1 &
    APP_PID=$!
    local waited=0
    until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited; see $OUT/statistics-$label.log"
        ((waited++ < START_TIMEOUT * 10)) || die "the app was not ready after ${START_TIMEOUT}s"
        sleep 0.1
    done
}

stop_app() {
    [[ -n $APP_PID ]] || return 0
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

# The statistics, each "name|budget in F|path per filter (one per line)".
statistics() {
    local i paths
    local this_year
    this_year=$(date -u +%Y)
    paths=""
    for ((i = 0; i < DB_REQUESTS; i++)); do paths+="/api/v1/stats/overview?asOf=$(date -u -d "2008-01-15 + $((i * 347)) days" +%F)"$'\n'; done
    printf '%s\n' "overview|4|$paths"
    paths=""
    for ((i = 0; i < DB_REQUESTS; i++)); do paths+="/api/v1/stats/timeline?from=$((2000 + i))"$'\n'; done
    printf '%s\n' "timeline, default window (from … to today)|6|$paths"
    paths=""
    for ((i = 0; i < DB_REQUESTS; i++)); do paths+="/api/v1/stats/timeline?from=$((this_year - 59 - i))&to=$((this_year - i))"$'\n'; done
    printf '%s\n' "timeline, 60 years|10|$paths"
    paths=""
    for ((i = 0; i < DB_REQUESTS; i++)); do paths+="/api/v1/stats/flows?from=$(date -u -d "2005-01-01 + $((i * 97)) days" +%F)"$'\n'; done
    printf '%s\n' "flows|2|$paths"
    paths=""
    for ((i = 0; i < DB_REQUESTS; i++)); do paths+="/?asOf=$(date -u -d "2008-01-15 + $((i * 347)) days" +%F)"$'\n'; done
    printf '%s\n' "dashboard page|10|$paths"
}

# measure NAME PATHS: fills UNCACHED_MS, PASS_MS (medians) from interleaved F and request timings.
measure() {
    local paths=$1 path f t fs="" ts="" n=0
    while IFS= read -r path; do
        [[ -n $path ]] || continue
        if ((n++ < WARMUP)); then request_ms "$path" >/dev/null; fi
    done <<<"$paths"
    while IFS= read -r path; do
        [[ -n $path ]] || continue
        f=$(pass_ms)
        t=$(request_ms "$path")
        fs+="$f"$'\n'
        ts+="$t"$'\n'
    done <<<"$paths"
    PASS_MS=$(printf '%s' "$fs" | median)
    UNCACHED_MS=$(printf '%s' "$ts" | median)
}

# cached PATHS: the median of the same requests once each has been answered (so cached).
cached() {
    local paths=$1 path ts=""
    while IFS= read -r path; do [[ -n $path ]] && request_ms "$path" >/dev/null; done <<<"$paths"
    while IFS= read -r path; do [[ -n $path ]] && ts+="$(request_ms "$path")"$'\n'; done <<<"$paths"
    printf '%s' "$ts" | median
}

main() {
    if [[ -n $JAR ]]; then JAR=$(readlink -f "$JAR"); fi
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    mkdir -p "$OUT"
    for tool in curl psql java awk; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
    [[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "DB must be a plain lower-case name"
    if [[ -z $JAR ]]; then
        if [[ $SKIP_BUILD != 1 ]]; then
            log "building the jar"
            ./mvnw -B -q -DskipTests package
        fi
        JAR=$(find target -maxdepth 1 -name 'chuhai-cloud-tracker-*.jar' | sort | tail -n 1)
    fi
    [[ -n $JAR && -f $JAR ]] || die "no jar (target/chuhai-cloud-tracker-*.jar or JAR=…)"
    trap stop_app EXIT
    if [[ -z $(psql -X -Atq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
        psql -X -q -d postgres -c "CREATE DATABASE $DB"
    fi

    local started loaded
    started=$(date +%s)
    start_app uncached --app.cache.enabled=false
    loaded=$(($(date +%s) - started))
    local load_line spells_line
    load_line=$(grep -o 'Synthetic data: generated.*' "$OUT/statistics-uncached.log" | tail -n 1 || true)
    spells_line=$(grep -o 'Statistics spells rebuilt.*' "$OUT/statistics-uncached.log" | tail -n 1 || true)
    if [[ -n $load_line ]]; then
        echo "$(date -u +%F): $load_line; $spells_line; ready after ${loaded} s" >"$OUT/data-load-$DB.txt"
    fi
    log "VACUUM (ANALYZE)"
    psql -X -q -d "$DB" -c "VACUUM (ANALYZE)"

    local -a names budgets pathsets uncached passes ratios
    local entry name budget paths
    while IFS= read -r -d '' entry; do
        name=${entry%%|*}
        entry=${entry#*|}
        budget=${entry%%|*}
        paths=${entry#*|}
        log "uncached: $name"
        measure "$paths"
        names+=("$name")
        budgets+=("$budget")
        pathsets+=("$paths")
        uncached+=("$UNCACHED_MS")
        passes+=("$PASS_MS")
        ratios+=("$(calc "$UNCACHED_MS / $PASS_MS")")
    done < <(statistics | awk 'BEGIN { RS = ""; ORS = "\0" } { print }')
    stop_app

    start_app cached
    local -a cachedms
    local i
    for i in "${!names[@]}"; do
        log "cached: ${names[$i]}"
        cachedms+=("$(cached "${pathsets[$i]}")")
    done
    stop_app

    local companies adoptions fails=0
    local -a verdicts
    for i in "${!names[@]}"; do
        verdicts[i]=PASS
        if ! awk -v r="${ratios[$i]}" -v b="${budgets[$i]}" 'BEGIN { exit !(r <= b) }'; then
            verdicts[i]=FAIL
            fails=$((fails + 1))
        fi
    done
    companies=$(psql -X -Atq -d "$DB" -c "SELECT count(*) FROM company")
    adoptions=$(psql -X -Atq -d "$DB" -c "SELECT count(*) FROM adoption")
    {
        echo "Statistics against F ($(date -u +%F), $(nproc) cores, $(psql -X -Atq -d postgres -c 'SHOW server_version' | awk '{ print $1 }'),"
        echo "$companies companies, $adoptions adoptions, DB \`$DB\`; data: $(cat "$OUT/data-load-$DB.txt" 2>/dev/null || echo 'loaded by an earlier run'))"
        echo
        echo "| statistic | filters | uncached median ms | F median ms | uncached / F | budget | cached median ms | |"
        echo "|---|---:|---:|---:|---:|---:|---:|---|"
        for i in "${!names[@]}"; do
            echo "| ${names[$i]} | $DB_REQUESTS | ${uncached[$i]} | ${passes[$i]} | ${ratios[$i]} F | ≤ ${budgets[$i]} F | ${cachedms[$i]} | ${verdicts[$i]} |"
        done
    } | tee "$OUT/statistics-$DB.md"
    ((fails == 0)) || exit 1
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
