#!/usr/bin/env bash
# Benchmark harness for Chuhai Cloud Tracker: builds the jar, starts it on a PostgreSQL database full
# of synthetic data, and measures DB time (auto_explain), uncached server latency (one wrk client),
# cached throughput and latency (wrk, many clients), and the dashboard's first-load transfer. Prints
# a Markdown report (also bench/out/results.md) and exits non-zero when any budget fails.
#
#   bench/run.sh                     # from the repository root; see bench/README.md for the env vars
#
# The script can also be sourced (functions only, nothing runs), which is how its parts are tested.
set -euo pipefail

# ---------------------------------------------------------------------------------------------------
# Endpoints, relative to http://127.0.0.1:$PORT, one "kind path" per entry:
#   trivial  the throughput baseline (cached stats must reach half of its req/s)
#   stats    timed in the DB with auto_explain, then uncached with one client, then cached
#   list     a list page; a deep page (page=1999: row 40,000 of the API lists) is compared with page=0
#            (the HTML migrations list shows 25 a page, and 100,000 companies make about 48,000
#            migrations, so its deep page is 1899)
# ---------------------------------------------------------------------------------------------------
ENDPOINTS=(
    "trivial /actuator/health/liveness"
    "stats   /api/v1/stats/overview"
    "stats   /api/v1/stats/timeline"
    "stats   /api/v1/stats/flows"
    "stats   /"
    "list    /api/v1/companies?page=0&size=20"
    "list    /api/v1/companies?page=1999&size=20"
    "list    /api/v1/adoptions?page=0&size=20"
    "list    /api/v1/adoptions?page=1999&size=20"
    "list    /api/v1/migrations?page=0&size=20"
    "list    /api/v1/migrations?page=1999&size=20"
    "list    /companies?page=0"
    "list    /companies?page=1999"
    "list    /migrations?page=0"
    "list    /migrations?page=1899"
)

# Settings (environment variables; see bench/README.md).
COMPANIES=${COMPANIES:-100000}
DURATION=${DURATION:-20}           # wrk seconds per endpoint and pass
CONNECTIONS=${CONNECTIONS:-16}     # wrk connections in the main (cached) pass
PORT=${PORT:-8081}
DB=${DB:-chuhai_bench}
SKIP_BUILD=${SKIP_BUILD:-0}        # 1: use the jar already in target/
JAR=${JAR:-}                       # a jar file to bench instead of building target/chuhai-cloud-tracker-*.jar
REFRESH=${REFRESH:-0}              # 1: drop and recreate $DB, so the data is generated again
DB_REQUESTS=${DB_REQUESTS:-20}     # N: sequential requests per endpoint in the DB-time pass
DB_WARMUP=${DB_WARMUP:-3}          # requests before those N
LIST_REQUESTS=${LIST_REQUESTS:-300}  # one-client list pass: requests to page 0 and to the deep page, taking turns
DB_ANALYZE=${DB_ANALYZE:-off}      # on: log EXPLAIN ANALYZE plans (row counts; their instrumentation adds to DB time)
DB_IDLE=${DB_IDLE:-5}              # seconds of an idle app whose statements (pollers) are subtracted
WRK_WARMUP=${WRK_WARMUP:-5}        # seconds of discarded wrk load before each measured wrk run (0: none)
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}    # a slower response counts as a wrk timeout error
START_TIMEOUT=${START_TIMEOUT:-1800}  # seconds to wait for readiness (the first start generates data)
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
HTML_PAGE_SIZE=${HTML_PAGE_SIZE:-25}  # rows per page of /companies and /migrations (only for a warning)

# Budgets.
DB_RATIO_MAX=1.5             # server time / DB time, means over the same sequential uncached requests
CACHED_RPS_MIN_FRACTION=0.5  # cached stats req/s / liveness req/s
PAGE_RATIO_MAX=1.5           # p50 at the deep page / p50 at page 0
FIRST_LOAD_MAX_BYTES=358400  # 350 KB: gzip bytes of / plus its stylesheets, scripts and icon
ASSET_MAX_AGE=31536000       # a year, in each asset's Cache-Control

PGHOST=127.0.0.1
PGPORT=5432
PGUSER=postgres
export PGHOST PGPORT PGUSER
APP_DB_USER=postgres         # the app's datasource user: log lines carry it as user@database
BASE="http://127.0.0.1:$PORT"
BENCH_DIR=bench
OUT="$BENCH_DIR/out"

# State, filled in as the passes run.
APP_PID=""
AUTO_EXPLAIN_ON=0
FAILS=0
DB_LINE_RE=""
declare -A P50 P95 P99 RPS REQS ERRS STARTUP DB_MS DB_QUERIES DB_ERRS SERVER_MS
ROWS=()      # Markdown rows of the results table
BUDGETS=()   # PASS/FAIL lines
ASSET_ROWS=()
DATA_LOAD="" DATA_LOAD_LINE="" RSS_MB="" HEAP=""
BG_MS_PER_S=0 BG_Q_PER_S=0   # DB time and statements per second of the idle app (DB-time pass)
LOAD_START_NOTE="includes the data load when it ran"

# ---------------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------------
log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
# calc EXPR [DECIMALS]: floating-point arithmetic on numbers this script produced.
calc() { awk "BEGIN { printf \"%.${2:-3}f\", ($1) }"; }
# is_true A OP B: numeric comparison (OP one of <= >= < > ==).
is_true() { awk -v a="$1" -v b="$3" "BEGIN { exit !(a $2 b) }"; }
psql_q() { psql -X -v ON_ERROR_STOP=1 -Atq -d "${2:-postgres}" -c "$1"; }
# slug PATH: a file-name-safe name for an endpoint ("/" is the dashboard).
slug() {
    if [[ $1 == / ]]; then echo dashboard; return; fi
    local s=${1#/}
    s=${s//[^A-Za-z0-9]/_}
    echo "$s"
}
# fetch URL: one request as a browser would send it; prints the HTTP status (000: no answer).
fetch() {
    local code
    code=$(curl -s -o /dev/null --compressed -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' \
        -w '%{http_code}' "$1") || true
    echo "${code:-000}"
}
# fetch_timed URL: the same request; prints the HTTP status and the seconds it took.
fetch_timed() {
    local answer
    answer=$(curl -s -o /dev/null --compressed -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' \
        -w '%{http_code} %{time_total}' "$1") || true
    echo "${answer:-000 0}"
}
ok_status() { [[ $1 =~ ^[23][0-9][0-9]$ ]]; }
# record RESULT TEXT: one PASS/FAIL line, counted and printed at once.
record() {
    BUDGETS+=("$1  $2")
    [[ $1 == PASS ]] || FAILS=$((FAILS + 1))
    log "$1  $2"
}

# ---------------------------------------------------------------------------------------------------
# Step d: start and stop the app
# ---------------------------------------------------------------------------------------------------

# start_app LABEL [extra app args...]: starts the jar in the background (log: bench/out/app-LABEL.log)
# and waits until readiness answers 200; STARTUP[LABEL] is that wall time in seconds.
start_app() {
    local label=$1
    shift
    local app_log="$OUT/app-$label.log"
    if curl -s -o /dev/null "$BASE/"; then
        die "something already answers on port $PORT; stop it or choose another PORT"
    fi
    log "starting the app ($label): $*"
    local t0
    t0=$(now)
    java -Xmx256m -jar "$JAR" \
        --spring.profiles.active=postgres \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
        --spring.datasource.username="$APP_DB_USER" \
        --server.port="$PORT" \
        --app.synthetic.companies="$COMPANIES" \
        "$@" >"$app_log" 2>&1 &
    APP_PID=$!
    until curl -sf -o /dev/null "$BASE/actuator/health/readiness"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            APP_PID=""
            tail -n 40 "$app_log" >&2 || true
            die "the app ($label) exited during start-up; see $app_log"
        fi
        if is_true "$(calc "$(now) - $t0")" '>' "$START_TIMEOUT"; then
            die "the app ($label) was not ready after ${START_TIMEOUT}s; see $app_log"
        fi
        sleep 0.1
    done
    STARTUP[$label]=$(calc "$(now) - $t0" 1)
    log "ready after ${STARTUP[$label]} s (pid $APP_PID)"
}

# stop_app: SIGTERM (graceful shutdown), SIGKILL after 60 s, and wait for the process.
stop_app() {
    [[ -n $APP_PID ]] || return 0
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 600; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "still running after 60 s; killing it"
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

# data_load APP_LOG: the app's "Synthetic data: ... generated ... <duration>" line, if this start
# generated data (a line without a duration, e.g. "... nothing generated", does not count). Sets
# DATA_LOAD (seconds) and DATA_LOAD_LINE; a line from an earlier run of this script on the same DB is
# kept in bench/out/data-load-$DB.txt and shown when nothing was generated.
data_load() {
    local line candidate message note="" saved="$OUT/data-load-$DB.txt"
    LOAD_START_NOTE="data already present"
    grep 'Synthetic data:' "$1" | sed 's/^/    app: /' >&2 || true
    # the last "Synthetic data: ... generated ..." line that carries a duration
    line=""
    while IFS= read -r candidate; do
        [[ -z $(duration_seconds "${candidate#*Synthetic data:}") ]] || line=$candidate
    done < <(grep 'Synthetic data:' "$1" | grep 'generated' || true)
    if [[ -n $line ]]; then
        printf '%s\n' "$line" >"$saved"
        LOAD_START_NOTE="includes generating the data"
    elif [[ -f $saved ]]; then
        line=$(cat "$saved")
        note=" (an earlier run; REFRESH=1 to generate again)"
    else
        DATA_LOAD_LINE="no 'Synthetic data: ... generated' line in $1"
        return 0
    fi
    message=${line#*Synthetic data:}
    message=${message#"${message%%[! ]*}"} # without leading spaces
    DATA_LOAD_LINE="Synthetic data: $message$note"
    DATA_LOAD=$(duration_seconds "$message")
}

# duration_seconds TEXT: the last duration in TEXT, in seconds: "12.3 s" (or "12,3 s"), "842 ms",
# "2 min", "12 seconds" or ISO-8601 "PT1M2.5S"; empty when there is none.
duration_seconds() {
    printf '%s\n' "$1" | awk '{
        rest = $0; secs = ""
        while (match(rest, /PT([0-9.]+H)?([0-9.]+M)?([0-9.]+S)?/)) {
            iso = substr(rest, RSTART + 2, RLENGTH - 2); rest = substr(rest, RSTART + RLENGTH)
            if (iso == "") continue
            total = 0
            while (match(iso, /[0-9.]+[HMS]/)) {
                n = substr(iso, RSTART, RLENGTH - 1) + 0; u = substr(iso, RSTART + RLENGTH - 1, 1)
                total += (u == "H" ? 3600 : u == "M" ? 60 : 1) * n
                iso = substr(iso, RSTART + RLENGTH)
            }
            secs = total
        }
        if (secs != "") { printf "%.3f\n", secs; exit }
        rest = $0
        while (match(rest, /[0-9]+([.,][0-9]+)? ?(ms|seconds|second|secs|sec|s|minutes|min)([^A-Za-z]|$)/)) {
            tok = substr(rest, RSTART, RLENGTH); rest = substr(rest, RSTART + RLENGTH)
            sub(/,/, ".", tok) # a decimal comma, as "%.1f" writes it in some locales
            match(tok, /^[0-9]+(\.[0-9]+)?/); n = substr(tok, 1, RLENGTH) + 0
            unit = substr(tok, RLENGTH + 1); gsub(/[^A-Za-z]/, "", unit)
            secs = unit == "ms" ? n / 1000 : (unit ~ /^min/ ? n * 60 : n)
        }
        if (secs != "") printf "%.3f\n", secs
    }'
}

# ---------------------------------------------------------------------------------------------------
# Step e helpers: auto_explain on the bench database, and reading its lines from the server log
# ---------------------------------------------------------------------------------------------------
enable_auto_explain() {
    AUTO_EXPLAIN_ON=1
    psql_q "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'"
    psql_q "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0"
    psql_q "ALTER DATABASE $DB SET auto_explain.log_analyze = $DB_ANALYZE"
    psql_q "ALTER DATABASE $DB SET auto_explain.log_timing = off"
}
disable_auto_explain() {
    psql_q "ALTER DATABASE $DB RESET session_preload_libraries"
    psql_q "ALTER DATABASE $DB RESET auto_explain.log_min_duration"
    psql_q "ALTER DATABASE $DB RESET auto_explain.log_analyze"
    psql_q "ALTER DATABASE $DB RESET auto_explain.log_timing"
    AUTO_EXPLAIN_ON=0
}

# db_line_filter: a regex that matches the server log lines of $DB, from the real log_line_prefix
# (Debian's '%m [%p] %q%u@%d ' writes "postgres@chuhai_bench"); empty when lines cannot be told apart.
db_line_filter() {
    local prefix
    prefix=$(psql_q 'SHOW log_line_prefix')
    if [[ $prefix == *'%u@%d'* ]]; then
        echo "(^|[^A-Za-z0-9_])${APP_DB_USER}@${DB}([^A-Za-z0-9_]|\$)"
    elif [[ $prefix == *'%d'* ]]; then
        echo "(^|[^A-Za-z0-9_])${DB}([^A-Za-z0-9_]|\$)"
    else
        log "WARNING: log_line_prefix '$prefix' has no %d: counting auto_explain lines of every database"
        echo ""
    fi
}

# log_slice FROM TO: the server log's bytes FROM..TO-1.
log_slice() { dd if="$PG_LOG" iflag=skip_bytes,count_bytes skip="$1" count="$(($2 - $1))" status=none; }
log_size() { stat -c %s "$PG_LOG"; }

# auto_explain_sum FILE: "<sum of durations in ms> <number of plans>" over the auto_explain entries
# ("LOG:  duration: 12.345 ms  plan:") of our database. Plan lines (tab-indented) are skipped.
auto_explain_sum() {
    awk -v re="$DB_LINE_RE" '
        /^\t/ { next }
        re != "" && $0 !~ re { next }
        match($0, /duration: [0-9.]+ ms  plan:/) {
            ms = substr($0, RSTART + 10, RLENGTH - 10); sub(/ ms  plan:$/, "", ms)
            sum += ms; n++
        }
        END { printf "%.3f %d\n", sum, n }' "$1"
}

# auto_explain_plans FILE: the auto_explain entries of our database, header and plan lines.
auto_explain_plans() {
    awk -v re="$DB_LINE_RE" '
        /^\t/ { if (keep) print; next }
        { keep = ((re == "" || $0 ~ re) && $0 ~ /duration: [0-9.]+ ms  plan:/); if (keep) print }' "$1"
}

# db_background: auto_explain time of the idle app over DB_IDLE seconds (a poller, a scheduled job),
# as BG_MS_PER_S and BG_Q_PER_S; db_time subtracts it for the length of its own window.
db_background() {
    local start end t0 seconds sum count
    ((DB_IDLE > 0)) || return 0
    sleep 1
    start=$(log_size)
    t0=$(now)
    sleep "$DB_IDLE"
    seconds=$(calc "$(now) - $t0")
    end=$(log_size)
    log_slice "$start" "$end" >"$OUT/pglog-idle.txt"
    read -r sum count < <(auto_explain_sum "$OUT/pglog-idle.txt")
    BG_MS_PER_S=$(calc "$sum / $seconds" 4)
    BG_Q_PER_S=$(calc "$count / $seconds" 4)
    log "idle app: $count statements, $sum ms in ${seconds}s (subtracted from each endpoint's window)"
}

# db_time PATH: DB_WARMUP requests, then DB_REQUESTS sequential ones whose auto_explain durations are
# summed; DB_MS[PATH] is that sum / DB_REQUESTS. The plans of the first measured request go to
# bench/out/plans-<slug>.txt, the whole log slice to bench/out/pglog-<slug>.txt.
db_time() {
    local path=$1 url="$BASE$1" name i code errors=0 start first end t0 seconds
    name=$(slug "$path")
    for ((i = 0; i < DB_WARMUP; i++)); do fetch "$url" >/dev/null; done
    sleep 0.2
    start=$(log_size)
    t0=$(now)
    first=""
    local seconds_each times=()
    for ((i = 0; i < DB_REQUESTS; i++)); do
        read -r code seconds_each < <(fetch_timed "$url")
        times+=("$seconds_each")
        ok_status "$code" || errors=$((errors + 1))
        if [[ -z $first ]]; then
            sleep 0.2
            first=$(log_size)
        fi
    done
    sleep 0.5
    seconds=$(calc "$(now) - $t0")
    end=$(log_size)
    ((end >= start)) || die "the server log $PG_LOG shrank during the DB-time pass (rotated?); run again"
    log_slice "$start" "$end" >"$OUT/pglog-$name.txt"
    log_slice "$start" "$first" >"$OUT/pglog-$name-first.txt"
    auto_explain_plans "$OUT/pglog-$name-first.txt" >"$OUT/plans-$name.txt"
    rm -f "$OUT/pglog-$name-first.txt"
    local sum count
    read -r sum count < <(auto_explain_sum "$OUT/pglog-$name.txt")
    # less what the idle app would have spent in the same time, never below zero
    sum=$(calc "$sum - $BG_MS_PER_S * $seconds > 0 ? $sum - $BG_MS_PER_S * $seconds : 0")
    count=$(calc "$count - $BG_Q_PER_S * $seconds > 0 ? $count - $BG_Q_PER_S * $seconds : 0")
    DB_MS[$path]=$(calc "$sum / $DB_REQUESTS")
    # the server's time for the same requests, as curl saw it on loopback: their mean, like DB_MS
    SERVER_MS[$path]=$(printf '%s\n' "${times[@]}" | awk '{ sum += $1 } END { printf "%.3f", sum / NR * 1000 }')
    DB_QUERIES[$path]=$(calc "$count / $DB_REQUESTS" 1)
    DB_ERRS[$path]=$errors
    log "DB time $path: ${DB_MS[$path]} ms/request, ${DB_QUERIES[$path]} statements/request, server mean ${SERVER_MS[$path]} ms, $errors errors"
}

# ---------------------------------------------------------------------------------------------------
# Steps f and g helper: one wrk run
# ---------------------------------------------------------------------------------------------------

# run_wrk PASS CONNECTIONS PATH: wrk with bench/report.lua; fills P50/P95/P99/RPS/REQS/ERRS[PASS|PATH].
run_wrk() {
    local pass=$1 conns=$2 path=$3 threads=2 file line pair key value
    ((conns >= threads)) || threads=$conns
    file="$OUT/wrk-$pass-$(slug "$path").txt"
    if ((WRK_WARMUP > 0)); then
        wrk -t"$threads" -c"$conns" -d"${WRK_WARMUP}s" --timeout "$WRK_TIMEOUT" \
            -s "$BENCH_DIR/report.lua" "$BASE$path" >/dev/null 2>&1 || true
    fi
    wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency \
        -s "$BENCH_DIR/report.lua" "$BASE$path" >"$file" 2>&1 || die "wrk failed on $path; see $file"
    line=$(grep '^RESULT ' "$file") || die "no RESULT line from wrk on $path; see $file"
    # shellcheck disable=SC2086 # split "k=v k=v ..." on purpose
    for pair in ${line#RESULT }; do
        key=${pair%%=*}
        value=${pair#*=}
        case $key in
            p50_ms) P50[$pass|$path]=$value ;;
            p95_ms) P95[$pass|$path]=$value ;;
            p99_ms) P99[$pass|$path]=$value ;;
            rps) RPS[$pass|$path]=$value ;;
            requests) REQS[$pass|$path]=$value ;;
            errors) ERRS[$pass|$path]=$value ;;
        esac
    done
    log "$pass $path: p50 ${P50[$pass|$path]} ms, ${RPS[$pass|$path]} req/s, ${ERRS[$pass|$path]} errors"
}

# row ENDPOINT-CELL PASS PATH DB-CELL BUDGET-CELL RESULT: one Markdown row of the results table.
row() {
    local key="$2|$3"
    ROWS+=("| $1 | ${P50[$key]:--} | ${P95[$key]:--} | ${P99[$key]:--} | ${RPS[$key]:--} | $4 | $5 | $6 |")
}

# errors_ok PASS PATH: PASS unless wrk saw errors (connect/read/write/timeout or a status >= 400).
errors_ok() {
    local n=${ERRS[$1|$2]:-1}
    if ((n == 0)); then return 0; fi
    record FAIL "$1 $2: $n errors in ${REQS[$1|$2]:-?} requests (see $OUT/wrk-$1-$(slug "$2").txt)"
    return 1
}

# interleaved FIRST DEEP: LIST_REQUESTS sequential requests to each, alternating (after a warm-up),
# timed by curl; their p50/p95/p99 and errors go to the "latency" pass.
interleaved() {
    local first=$1 deep=$2 i code seconds path errors
    local -A times=()
    for ((i = 0; i < 20; i++)); do fetch "$BASE$first" >/dev/null; fetch "$BASE$deep" >/dev/null; done
    for path in "$first" "$deep"; do times[$path]=""; ERRS[latency|$path]=0; done
    for ((i = 0; i < LIST_REQUESTS; i++)); do
        for path in "$first" "$deep"; do
            read -r code seconds < <(fetch_timed "$BASE$path")
            times[$path]+="$seconds"$'\n'
            ok_status "$code" || ERRS[latency|$path]=$((ERRS[latency|$path] + 1))
        done
    done
    for path in "$first" "$deep"; do
        read -r "P50[latency|$path]" "P95[latency|$path]" "P99[latency|$path]" < <(printf '%s' "${times[$path]}" |
            sort -g | awk '{ t[NR] = $1 * 1000 } END {
                printf "%.3f %.3f %.3f\n", t[int((NR + 1) * 0.50)], t[int(NR * 0.95)], t[int(NR * 0.99)] }')
        REQS[latency|$path]=$LIST_REQUESTS
        log "latency $path: p50 ${P50[latency|$path]} ms, ${ERRS[latency|$path]} errors"
    done
}

# ---------------------------------------------------------------------------------------------------
# Step h: first-load transfer of the dashboard
# ---------------------------------------------------------------------------------------------------

# page_assets HTML-FILE: the same-origin stylesheets, scripts and icons the page links, one path a line.
page_assets() {
    tr '\r\n' '  ' <"$1" | grep -oiE '<(link|script)[[:space:]][^>]*>' | while IFS= read -r tag; do
        local url="" rel
        if [[ ${tag:1:4} =~ ^[Ll][Ii][Nn][Kk]$ ]]; then
            rel=$(tag_attr "$tag" rel | tr '[:upper:]' '[:lower:]')
            [[ " $rel " == *" stylesheet "* || " $rel " == *" icon "* ]] || continue
            url=$(tag_attr "$tag" href)
        else
            url=$(tag_attr "$tag" src)
        fi
        [[ -n $url ]] || continue
        url=${url//&amp;/&}
        url=${url%%#*}
        case $url in
            "$BASE"/* | "//127.0.0.1:$PORT"/*) url=/${url#*//127.0.0.1:"$PORT"/} ;;
            http://* | https://* | //*) log "not same-origin, left out: $url"; continue ;;
            /*) ;;
            *) url=/$url ;;
        esac
        echo "$url"
    done | awk '!seen[$0]++'
}
# tag_attr TAG NAME: the value of attribute NAME in one HTML tag (quoted or not).
tag_attr() {
    printf '%s\n' "$1" | sed -nE "s/.*[[:space:]]$2[[:space:]]*=[[:space:]]*(\"([^\"]*)\"|'([^']*)'|([^[:space:]>\"']+)).*/\\2\\3\\4/Ip" | head -n 1
}

# first_load: gzip bytes of / and of every asset it links; budget FIRST_LOAD_MAX_BYTES, and every
# asset's Cache-Control must carry max-age=ASSET_MAX_AGE.
first_load() {
    local html="$OUT/dashboard.html" result code bytes total asset headers cc cache_fails=0 n=0
    result=$(curl -s --compressed -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' \
        -o "$html" -w '%{http_code} %{size_download}' "$BASE/") || true
    read -r code bytes <<<"$result"
    ok_status "${code:-000}" || { record FAIL "first load: / answered ${code:-nothing}"; return 0; }
    total=$bytes
    ASSET_ROWS+=("| \`/\` (HTML) | $bytes | (page) |")
    headers=$(mktemp)
    while IFS= read -r asset; do
        n=$((n + 1))
        result=$(curl -s --compressed -H 'Accept-Encoding: gzip' -D "$headers" -o /dev/null \
            -w '%{http_code} %{size_download}' "$BASE$asset") || true
        read -r code bytes <<<"$result"
        cc=$(grep -i '^cache-control:' "$headers" | tail -n 1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//' || true)
        if ! ok_status "${code:-000}"; then
            record FAIL "first load: $asset answered ${code:-nothing}"
        fi
        if [[ $cc != *"max-age=$ASSET_MAX_AGE"* ]]; then
            cache_fails=$((cache_fails + 1))
            record FAIL "Cache-Control of $asset is '${cc}', not max-age=$ASSET_MAX_AGE"
        fi
        total=$((total + ${bytes:-0}))
        ASSET_ROWS+=("| \`$asset\` | ${bytes:-0} | ${cc:-(none)} |")
        log "asset $asset: ${bytes:-0} gzip bytes, status $code, Cache-Control: ${cc:-(none)}"
    done < <(page_assets "$html")
    rm -f "$headers"
    local verdict=PASS
    ((total <= FIRST_LOAD_MAX_BYTES)) || verdict=FAIL
    record "$verdict" "first load of /: $total gzip bytes, page + $n assets (budget <= $FIRST_LOAD_MAX_BYTES)"
    ROWS+=("| first load of \`/\` + $n assets (gzip) | | | | | | $total B / ≤ $FIRST_LOAD_MAX_BYTES B | $verdict |")
    verdict=PASS
    ((cache_fails == 0 && n > 0)) || verdict=FAIL
    if ((n == 0)); then
        record FAIL "first load: / links no stylesheet, script or icon (parsing failed?)"
    elif ((cache_fails == 0)); then
        record PASS "assets: all $n answer Cache-Control with max-age=$ASSET_MAX_AGE"
    fi
    ROWS+=("| assets Cache-Control | | | | | | max-age=$ASSET_MAX_AGE on $((n - cache_fails))/$n | $verdict |")
}

# ---------------------------------------------------------------------------------------------------
# Step i: the report
# ---------------------------------------------------------------------------------------------------
print_report() {
    local cpu mem cores pgver companies adoptions migrations
    cores=$(nproc)
    mem=$(free -g | awk '/^Mem:/ { print $2 }')
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
    pgver=$(psql_q 'SHOW server_version' | awk '{ print $1 }')
    companies=$(psql_q 'SELECT count(*) FROM company' "$DB" 2>/dev/null || echo '?')
    adoptions=$(psql_q 'SELECT count(*) FROM adoption' "$DB" 2>/dev/null || echo '?')
    migrations=$(psql_q 'SELECT count(*) FROM cloud_migration' "$DB" 2>/dev/null || echo '?')
    {
        echo "# Chuhai Cloud Tracker benchmark"
        echo
        echo "| | |"
        echo "|---|---|"
        echo "| Date | $(date -u +%F) |"
        echo "| Machine | $cores cores, ${mem} GB RAM, ${cpu:-unknown CPU}, PostgreSQL $pgver |"
        echo "| Data | $companies companies, $adoptions adoptions, $migrations migrations (DB \`$DB\`, COMPANIES=$COMPANIES) |"
        echo "| Data load | ${DATA_LOAD:+$DATA_LOAD s: }${DATA_LOAD_LINE:-?} |"
        echo "| Start-up (to readiness) | first start ${STARTUP[load]:-?} s ($LOAD_START_NOTE); main pass ${STARTUP[main]:-?} s |"
        echo "| RSS after the main pass | ${RSS_MB:-?} MB |"
        echo "| JVM heap | ${HEAP:-?} |"
        echo "| DB-time pass | auto_explain over $DB_REQUESTS sequential requests per endpoint after $DB_WARMUP warm-up ones; idle app: $BG_Q_PER_S statements/s, $BG_MS_PER_S ms/s (subtracted) |"
        echo "| Load | wrk ${DURATION}s per endpoint (after ${WRK_WARMUP}s warm-up): uncached 1 connection, main $CONNECTIONS connections |"
        echo
        echo "| endpoint | p50 ms | p95 ms | p99 ms | req/s | DB ms | ratio/budget | PASS/FAIL |"
        echo "|---|---:|---:|---:|---:|---:|---|---|"
        printf '%s\n' "${ROWS[@]}"
        echo
        if ((${#ASSET_ROWS[@]} > 0)); then
            echo "First load of the dashboard:"
            echo
            echo "| resource | gzip bytes | Cache-Control |"
            echo "|---|---:|---|"
            printf '%s\n' "${ASSET_ROWS[@]}"
            echo
        fi
        echo "Budgets:"
        echo
        printf -- '- %s\n' "${BUDGETS[@]}"
        echo
        if ((FAILS > 0)); then echo "**$FAILS budget(s) failed.**"; else echo "**All budgets pass.**"; fi
    } | tee "$OUT/results.md"
}

# cleanup (trap): stop the app and never leave auto_explain switched on for the bench database.
cleanup() {
    stop_app || true
    if ((AUTO_EXPLAIN_ON)); then
        log "resetting the auto_explain settings of $DB"
        disable_auto_explain || log "WARNING: could not reset auto_explain on $DB; run: ALTER DATABASE $DB RESET ALL"
    fi
}

main() {
    if [[ -n $JAR ]]; then JAR=$(readlink -f "$JAR"); fi
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    mkdir -p "$OUT"
    local entry kind path

    # Step a: what the harness needs.
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || die "PostgreSQL does not answer on $PGHOST:$PGPORT (pg_isready)"
    local tool
    for tool in wrk curl psql pg_isready java awk; do
        command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install -y wrk)"
    done
    [[ -r $PG_LOG ]] || die "cannot read the PostgreSQL log $PG_LOG (set PG_LOG)"
    [[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "DB must be a plain lower-case name, not '$DB'"
    case $DB in postgres | template0 | template1 | test) die "DB=$DB is not a bench database" ;; esac
    [[ $PORT =~ ^[0-9]+$ && $COMPANIES =~ ^[0-9]+$ && $DURATION =~ ^[1-9][0-9]*$ ]] ||
        die "PORT, COMPANIES and DURATION must be numbers"
    [[ $CONNECTIONS =~ ^[1-9][0-9]*$ && $DB_REQUESTS =~ ^[1-9][0-9]*$ ]] ||
        die "CONNECTIONS and DB_REQUESTS must be numbers of at least 1"
    [[ $DB_WARMUP =~ ^[0-9]+$ && $WRK_WARMUP =~ ^[0-9]+$ && $DB_IDLE =~ ^[0-9]+$ ]] ||
        die "DB_WARMUP, WRK_WARMUP and DB_IDLE must be numbers"

    # Step b: the jar (built here unless SKIP_BUILD=1 or JAR names one).
    if [[ -n $JAR ]]; then
        [[ -f $JAR ]] || die "JAR=$JAR is not a file"
    else
        if [[ $SKIP_BUILD != 1 ]]; then
            log "building the jar (./mvnw -B -q -DskipTests package)"
            ./mvnw -B -q -DskipTests package
        fi
        JAR=$(find target -maxdepth 1 -name 'chuhai-cloud-tracker-*.jar' ! -name '*-plain.jar' 2>/dev/null |
            sort | tail -n 1 || true)
        [[ -n $JAR ]] || die "no target/chuhai-cloud-tracker-*.jar (build it, or leave SKIP_BUILD unset)"
    fi
    log "jar: $JAR"

    # Step c: the database, kept between runs unless REFRESH=1.
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    if [[ $REFRESH == 1 ]]; then
        log "REFRESH=1: dropping $DB"
        psql_q "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
        rm -f "$OUT/data-load-$DB.txt"
    fi
    if [[ -z $(psql_q "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
        log "creating database $DB"
        psql_q "CREATE DATABASE $DB"
    fi
    disable_auto_explain # in case an earlier run was killed before its trap ran

    # Step d: first start; it generates the synthetic data when the database has none. Then the
    # tables are vacuumed and analysed, so every pass sees settled statistics.
    start_app load
    data_load "$OUT/app-load.log"
    stop_app
    log "VACUUM (ANALYZE) on $DB"
    psql_q "VACUUM (ANALYZE)" "$DB"

    # Warn when a deep page lies past the last page: it would then compare an empty page.
    local count size page table
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        [[ $kind == list && $path == *page=* ]] || continue
        page=$(sed -nE 's/.*[?&]page=([0-9]+).*/\1/p' <<<"$path")
        size=$(sed -nE 's/.*[?&]size=([0-9]+).*/\1/p' <<<"$path")
        size=${size:-$HTML_PAGE_SIZE}
        case $path in
            *companies*) table=company ;; *adoptions*) table=adoption ;; *migrations*) table=cloud_migration ;; *) continue ;;
        esac
        count=$(psql_q "SELECT count(*) FROM $table" "$DB")
        if ((page * size >= count)); then
            log "WARNING: $path starts at row $((page * size)) but $table has $count rows: an empty page"
        fi
    done

    # Step e: DB time per request, from auto_explain in the server log, caching off.
    DB_LINE_RE=$(db_line_filter)
    enable_auto_explain
    start_app dbtime --app.cache.enabled=false
    db_background
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        if [[ $kind == stats ]]; then db_time "$path"; fi
    done
    stop_app
    disable_auto_explain

    # Step f: uncached server latency, one client, compared with the DB time.
    start_app uncached --app.cache.enabled=false
    local db ratio verdict
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        [[ $kind == stats ]] || continue
        run_wrk uncached 1 "$path"
        db=${DB_MS[$path]:-0}
        verdict=FAIL
        if is_true "$db" '>' 0; then
            ratio=$(calc "${SERVER_MS[$path]} / $db" 2)
            is_true "$ratio" '<=' "$DB_RATIO_MAX" && verdict=PASS
            record "$verdict" "uncached $path: server ${SERVER_MS[$path]} ms / DB ${db} ms, means over the same $DB_REQUESTS requests = $ratio (budget <= $DB_RATIO_MAX)"
        else
            ratio="?"
            record FAIL "uncached $path: no DB time measured (no auto_explain lines for $DB in $PG_LOG)"
        fi
        if ((${DB_ERRS[$path]:-0} > 0)); then
            verdict=FAIL
            record FAIL "DB-time pass $path: ${DB_ERRS[$path]} of $DB_REQUESTS requests were not 2xx/3xx"
        fi
        errors_ok uncached "$path" || verdict=FAIL
        row "\`$path\` uncached, 1 conn" uncached "$path" "$db (${DB_QUERIES[$path]:-?} stmts)" \
            "${SERVER_MS[$path]} / $db = $ratio / ≤ $DB_RATIO_MAX" "$verdict"
    done
    stop_app

    # Step g: main pass, caching on, every endpoint under CONNECTIONS clients.
    start_app main
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        run_wrk main "$CONNECTIONS" "$path"
    done
    # Lists again with one client, page 0 and the deep page taking turns, so that the machine's
    # drifting speed favours neither: the time of a request (the page budget), not of a queue.
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        [[ $kind == list && $path =~ page=([1-9][0-9]*) ]] || continue
        interleaved "${path/page=${BASH_REMATCH[1]}/page=0}" "$path"
    done
    RSS_MB=$(ps -o rss= -p "$APP_PID" | awk '{ printf "%d", $1 / 1024 }' || true)
    HEAP="-Xmx256m $(jvm_heap "$APP_PID")"
    local live_rps=${RPS[main|$(trivial_path)]:-0} base0 budget
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        verdict=PASS
        budget=""
        case $kind in
            trivial)
                budget="baseline"
                ;;
            stats)
                ratio=$(calc "${RPS[main|$path]} / ($live_rps > 0 ? $live_rps : 1)" 2)
                is_true "$ratio" '>=' "$CACHED_RPS_MIN_FRACTION" || verdict=FAIL
                record "$verdict" "cached $path: ${RPS[main|$path]} req/s = $ratio × liveness (${live_rps} req/s) (budget >= $CACHED_RPS_MIN_FRACTION)"
                budget="$ratio × liveness / ≥ $CACHED_RPS_MIN_FRACTION"
                ;;
            list)
                budget="throughput"
                ;;
        esac
        errors_ok main "$path" || verdict=FAIL
        row "\`$path\` cached, $CONNECTIONS conns" main "$path" "" "$budget" "$verdict"
    done
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        [[ $kind == list ]] || continue
        verdict=PASS
        if [[ $path =~ page=([1-9][0-9]*) ]]; then
            deep=${BASH_REMATCH[1]}
            base0=${path/page=$deep/page=0}
            if [[ -n ${P50[latency|$base0]:-} ]]; then
                ratio=$(calc "${P50[latency|$path]} / (${P50[latency|$base0]} > 0 ? ${P50[latency|$base0]} : 0.001)" 2)
                is_true "$ratio" '<=' "$PAGE_RATIO_MAX" || verdict=FAIL
                record "$verdict" "$path: p50 ${P50[latency|$path]} ms at page $deep vs ${P50[latency|$base0]} ms at page 0, one client = $ratio (budget <= $PAGE_RATIO_MAX)"
                budget="$ratio × page 0 / ≤ $PAGE_RATIO_MAX"
            else
                budget="(no page=0 row)"
            fi
        else
            budget="page 0 reference"
        fi
        errors_ok latency "$path" || verdict=FAIL
        row "\`$path\` 1 conn" latency "$path" "" "$budget" "$verdict"
    done

    # Step h: first-load transfer, with the same (main) app.
    first_load
    stop_app

    # Step i: the report.
    print_report
    ((FAILS == 0)) || exit 1
}

# jvm_heap PID: initial and maximum heap and the collector, from jcmd VM.flags (nothing without jcmd).
jvm_heap() {
    command -v jcmd >/dev/null || return 0
    jcmd "$1" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '
        /^-XX:InitialHeapSize=/ { initial = sprintf("initial %d MB", $2 / 1048576) }
        /^-XX:MaxHeapSize=/ { max = sprintf("max %d MB", $2 / 1048576) }
        /^-XX:\+Use[A-Za-z0-9]*GC$/ { gc = substr($0, 9) }
        END { if (max != "") printf "(%s, %s, %s)", initial, max, gc }' || true
}

# trivial_path: the first "trivial" endpoint of ENDPOINTS.
trivial_path() {
    local entry kind path
    for entry in "${ENDPOINTS[@]}"; do
        read -r kind path <<<"$entry"
        if [[ $kind == trivial ]]; then
            echo "$path"
            return
        fi
    done
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
