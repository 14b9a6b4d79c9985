#!/usr/bin/env bash
# Render throughput with workers (issue 15): the render step of one run on a generated N-zone catalog,
# rendered in the run's own process (local), by 1 worker and by 2 workers, all on one PostgreSQL.
# Each case runs ROUNDS times; the medians are printed with the documents per second.
#
#   bash scripts/bench-workers.sh 'jdbc:postgresql://127.0.0.1:5432/briefing' briefing secret [ZONES] [ROUNDS]
#
# Needs target/briefing.jar (mvn -B package -DskipTests) and a database the user may write to. The workers
# run on this machine beside the run; on several machines start `java -jar briefing.jar worker` there instead.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
URL=$1 USER_NAME=$2 PASSWORD=$3 ZONES=${4:-150} ROUNDS=${5:-3}
JAR=$(mktemp /tmp/briefing-bench-XXXXXX.jar); cp target/briefing.jar "$JAR"   # a rebuild must not pull it away
DB=(--spring.datasource.url="$URL" --spring.datasource.username="$USER_NAME" --spring.datasource.password="$PASSWORD")
# BENCH_WORK: a folder an earlier run of this script (or benchmark-scale) generated, to skip generating.
WORK=${BENCH_WORK:-$(java -jar "$JAR" benchmark-scale --zones="$ZONES" --ledger=2000 | sed -n 's/^已生成.*：\(\/.*\)$/\1/p')}
echo "catalog and input of $ZONES zones: $WORK"
COMMON=(--briefing.catalog.zones="$WORK/catalog/zones.yml" --briefing.catalog.indicators=config/catalog/indicators.yml
  --briefing.templates-dir=templates --input="$WORK/input" --output="$WORK/out")
render_seconds() { sed -n 's/.*生成 \([0-9.]*\) 秒.*/\1/p' "$1" | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
one_case() { # workers: 0 = local
  local workers=$1 times=() pids=()
  for ((i = 1; i <= workers; i++)); do
    java -jar "$JAR" worker "${DB[@]}" "${COMMON[@]}" --briefing.data-dir="$WORK/data-w$i" \
      >"$WORK/worker$i.log" 2>&1 &
    pids+=($!)
  done
  for ((i = 1; i <= workers; i++)); do
    until grep -q 生成工作进程已启动 "$WORK/worker$i.log"; do sleep 0.2; done
  done
  for ((r = 1; r <= ROUNDS; r++)); do
    rm -rf "$WORK/out"
    local mode=local; [ "$workers" -gt 0 ] && mode=remote
    java -jar "$JAR" run --render=$mode "${DB[@]}" "${COMMON[@]}" --briefing.data-dir="$WORK/data-run" >"$WORK/run.log" 2>&1
    grep -q "结果：完成" "$WORK/run.log" || { echo "run failed, see $WORK/run.log" >&2; exit 1; }
    times+=("$(render_seconds "$WORK/run.log")")
  done
  for pid in "${pids[@]}"; do kill -TERM "$pid"; wait "$pid" || true; done
  printf '%s\n' "${times[@]}" | median
}
DOCS=$((ZONES + 1))
printf '%-22s %-28s %s\n' "render" "render step, median (s)" "documents per second"
for workers in 0 1 2; do
  label=$([ "$workers" = 0 ] && echo "in the run's process" || echo "$workers worker(s)")
  s=$(one_case "$workers")
  printf '%-22s %-28s %s\n' "$label" "$s" "$(awk -v d=$DOCS -v s="$s" 'BEGIN {printf "%.1f", d / s}')"
done
rm -f "$JAR"
