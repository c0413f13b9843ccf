#!/bin/bash
# Starts a real single-node SLURM on this machine (munged, slurmctld, slurmd; private config,
# sockets, ports and state under a temporary folder), submits a small sweep as an array job with
# experiments/slurm/sweep.sbatch, waits, merges, and checks that runs.csv is byte-identical to the
# same sweep run locally. Stops the daemons it started and removes its folder on exit.
# With SLURM_TEST_KIND=calibrate, EXPERIMENT is a calibration file: the array job is
# experiments/slurm/calibrate.sbatch, the fit is finished with 'calibrate --resume', and every
# table of the fit must be byte-identical to the same calibration run locally.
#
#   experiments/slurm/test-local-slurm.sh EXPERIMENT [SHARDS]
#
# Needs root and Debian's slurmctld, slurmd, slurm-client and munge. SAMENSPEL is the command
# that starts samenspel (default: java -jar model/target/samenspel.jar). Exit 0: identical;
# 1: the results differ or the job failed; 2: bad usage or missing tools.
set -euo pipefail
EXPERIMENT=$(readlink -f "${1:?usage: test-local-slurm.sh EXPERIMENT [SHARDS]}")
SHARDS=${2:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
SAMENSPEL=${SAMENSPEL:-"java -jar $(readlink -f "$HERE/../../model/target/samenspel.jar")"}
export SAMENSPEL
TIMEOUT=${SLURM_TEST_TIMEOUT:-300}
KIND=${SLURM_TEST_KIND:-sweep}
case "$KIND" in sweep|calibrate) ;; *) echo "test-local-slurm: SLURM_TEST_KIND must be sweep or calibrate" >&2; exit 2 ;; esac

fail() { echo "test-local-slurm: $*" >&2; exit "${2:-1}"; }
for tool in munged slurmctld slurmd sbatch squeue sinfo scontrol; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install slurmctld slurmd slurm-client munge)" 2
done
[ "$(id -u)" = 0 ] || fail "must run as root (it starts slurmd)" 2

WORK=$(mktemp -d /tmp/samenspel-slurm.XXXXXX)
chmod 755 "$WORK"
pids=()
cleanup() {
  local rc=$?
  for f in "$WORK/slurmd.pid" "$WORK/slurmctld.pid" "$WORK/munge/munged.pid"; do
    [ -s "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
  done
  sleep 1
  for f in "$WORK/slurmd.pid" "$WORK/slurmctld.pid" "$WORK/munge/munged.pid"; do
    [ -s "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
  done
  if [ $rc -ne 0 ]; then
    echo "--- slurmctld.log (tail)" >&2; tail -n 30 "$WORK/slurmctld.log" 2>/dev/null >&2 || true
    echo "--- slurmd.log (tail)" >&2; tail -n 30 "$WORK/slurmd.log" 2>/dev/null >&2 || true
    for f in "$WORK"/job-*.out; do [ -e "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }; done
  fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT INT TERM

free_port() {
  local p
  for p in $(seq "$1" $(($1 + 200))); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then echo "$p"; return; fi
  done
  fail "no free port near $1" 2
}

# munge: a fresh key and a private socket, so the machine's own munge (if any) is untouched.
mkdir -p "$WORK/munge" && chmod 700 "$WORK/munge"
dd if=/dev/urandom of="$WORK/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$WORK/munge/munge.key"
munged --force --socket="$WORK/munge/munge.socket" --key-file="$WORK/munge/munge.key" \
  --pid-file="$WORK/munge/munged.pid" --log-file="$WORK/munge/munged.log" --seed-file="$WORK/munge/munged.seed" \
  || fail "munged did not start: $(cat "$WORK/munge/munged.log" 2>/dev/null)"

HOST=$(hostname -s)
CPUS=$(nproc)
MEM=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
CTLD_PORT=$(free_port 16817)
SLURMD_PORT=$(free_port $((CTLD_PORT + 1)))
mkdir -p "$WORK/state" "$WORK/spool"
export SLURM_CONF="$WORK/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=samenspel-test
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$WORK/munge/munge.socket
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
PlugStackConfig=$WORK/plugstack.conf
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=local Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
: > "$WORK/plugstack.conf"

slurmctld -c -f "$SLURM_CONF" || fail "slurmctld did not start"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start"
echo "test-local-slurm: SLURM up on $HOST ($CPUS CPUs, ${MEM} MB), ports $CTLD_PORT/$SLURMD_PORT"

deadline=$((SECONDS + 60))
until sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; do
  [ $SECONDS -lt $deadline ] || fail "the node did not become idle within 60 s: $(sinfo 2>&1)"
  sleep 1
done

OUT="$WORK/sharded"
JOB=$(cd "$WORK" && sbatch --parsable --array=1-"$SHARDS" --cpus-per-task=1 --mem=600M --time=00:10:00 \
  --output="$WORK/job-%A_%a.out" "$HERE/$KIND.sbatch" "$EXPERIMENT" "$OUT") || fail "sbatch failed"
JOB=${JOB%%;*}
echo "test-local-slurm: submitted array job $JOB with $SHARDS tasks"
# A calibration with ABC-SMC rounds: one more array per round, each after the one before (calibrate.sbatch).
for ((r = 1; r <= ${SLURM_TEST_ROUNDS:-0}; r++)); do
  JOB=$(cd "$WORK" && sbatch --parsable --dependency=afterok:"$JOB" --array=1-"$SHARDS" --cpus-per-task=1 --mem=600M --time=00:10:00 \
    --output="$WORK/job-r$r-%A_%a.out" "$HERE/$KIND.sbatch" "$EXPERIMENT" "$OUT") || fail "sbatch of round $((r + 1)) failed"
  JOB=${JOB%%;*}
  echo "test-local-slurm: submitted array job $JOB for round $((r + 1)), after the one before"
done
deadline=$((SECONDS + TIMEOUT))
while [ -n "$(squeue -h -j "$JOB" 2>/dev/null)" ]; do
  [ $SECONDS -lt $deadline ] || { scancel "$JOB" || true; fail "job $JOB not finished within $TIMEOUT s"; }
  sleep 1
done
states=$(scontrol show job "$JOB" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort | uniq -c || true)
echo "test-local-slurm: job $JOB done: $(echo $states)"

if [ "$KIND" = calibrate ]; then
  # Exit 1 only says a target is outside its band: the fit is still written and compared.
  $SAMENSPEL calibrate "$EXPERIMENT" --out "$OUT" --resume --quiet >/dev/null || [ $? = 1 ] || fail "the fit after the shards failed"
  $SAMENSPEL calibrate "$EXPERIMENT" --out "$WORK/local" --quiet >/dev/null || [ $? = 1 ] || fail "the local calibration failed"
  files="draws/runs.csv ensemble.csv accepted.csv posterior.csv targets.csv point_estimate.csv fit.csv"
  for ((r = 2; r <= ${SLURM_TEST_ROUNDS:-0} + 1; r++)); do files="$files round-$r/runs.csv"; done
  [ "${SLURM_TEST_ROUNDS:-0}" = 0 ] || files="$files rounds.csv"
  for f in $files; do
    cmp "$OUT/$f" "$WORK/local/$f" || fail "$f from SLURM differs from the local calibration"
  done
  echo "test-local-slurm: OK: the calibration from $SHARDS SLURM shards ($((${SLURM_TEST_ROUNDS:-0} + 1)) arrays) is byte-identical to the local one ($(($(wc -l < "$OUT/ensemble.csv") - 1)) accepted sets)"
  exit 0
fi
$SAMENSPEL merge "$OUT" || fail "merge failed"
$SAMENSPEL sweep "$EXPERIMENT" --out "$WORK/local" --quiet >/dev/null || fail "the local sweep failed"
if cmp "$OUT/runs.csv" "$WORK/local/runs.csv"; then
  echo "test-local-slurm: OK: runs.csv from $SHARDS SLURM shards is byte-identical to the local sweep ($(($(wc -l < "$OUT/runs.csv") - 1)) runs)"
else
  fail "runs.csv from SLURM differs from the local sweep"
fi
