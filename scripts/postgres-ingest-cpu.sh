#!/usr/bin/env bash
# One `saraban ingest` into a new database on a running test server, with its cost: wall
# seconds, letters/s, the saraban process's user+system CPU (GNU time) and the PostgreSQL
# server's (postmaster, live and reaped backends, from /proc — background workers such as
# autovacuum of other databases count too).
#
#   pg=$(scripts/postgres-test-server.sh start)
#   saraban-corpus --letters 10000 --seed 1 --noise light --out /tmp/c10k
#   scripts/postgres-ingest-cpu.sh "$pg" DBNAME /tmp/c10k/letters .build/release/saraban
set -euo pipefail
pg=$1 db=$2 input=$3 bin=$4
url=$(cat "$pg/url")
server=${url%/*}
psql -X -q "$server/saraban" -c "CREATE DATABASE $db"
server_cpu() { python3 "$(dirname "$0")/postgres-server-cpu.py" "$pg/data/postmaster.pid"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load0=$(cut -d' ' -f1 /proc/loadavg)
s0=$(server_cpu)
t0=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$work/time" "$bin" ingest --json --db "$server/$db" "$input" > "$work/report.json"
t1=$(date +%s.%N)
sleep 1  # the server reaps its backend: its CPU time moves to the postmaster's children
s1=$(server_cpu)
load1=$(cut -d' ' -f1 /proc/loadavg)
read -r user sys rss < "$work/time"
python3 - "$work/report.json" "$t0" "$t1" "$user" "$sys" "$rss" "$s0" "$s1" "$load0" "$load1" "$db" <<'PY'
import json, sys
report, t0, t1, user, sys_, rss, s0, s1, l0, l1, db = sys.argv[1:]
n = json.load(open(report))["totals"]["letters"]
wall, client, server = float(t1) - float(t0), float(user) + float(sys_), float(s1) - float(s0)
print(f"{db}: letters={n} wall={wall:.1f}s letters/s={n / wall:.0f} saraban={client:.1f}s rss={int(rss) // 1024}MB "
      f"server={server:.1f}s letters/CPU-s={n / (client + server):.0f} load {l0}->{l1}")
PY
