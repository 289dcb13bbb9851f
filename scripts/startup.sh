#!/bin/sh
# Measures Baulu's window against the smallest Fyne window (scripts/minwindow)
# built with the same toolchain and flags, under Xvfb on this machine:
#   time-to-window  launch → first frame painted (median of RUNS, after a warm-up)
#   idle peak RSS   VmHWM after IDLE seconds with the window open
#   idle CPU        CPU time used during those IDLE seconds
# and prints the ratios, for Baulu on two databases: a regional one (`baulu
# demo --region ULY`, what a methodologist has) and a national one (`baulu
# demo --all`, the Institute's; SCALE=N makes it N times the pilot). The
# three programs are launched in turn, so drift hits them alike.
# Usage: sh scripts/startup.sh [RUNS]     environment: IDLE=20 SCALE=1 OUT=/tmp/baulu-startup
set -eu
cd "$(dirname "$0")/.."
runs=${1:-7}
idle=${IDLE:-20}
out=${OUT:-/tmp/baulu-startup}
mkdir -p "$out"
command -v Xvfb >/dev/null || { echo "Xvfb is missing: sh scripts/deps.sh xvfb xauth libgl1-mesa-dri" >&2; exit 1; }

# The release flags (Makefile), for both: no_emoji leaves Fyne's emoji font
# out of the minimal window as well, so that the two compare like with like.
flags='-s -w -buildid='
tags=no_emoji
echo "building both with: go build -trimpath -tags $tags -ldflags \"$flags\"" >&2
timeout 1200 go build -trimpath -tags "$tags" -ldflags "$flags" -o "$out/baulu" ./cmd/baulu
timeout 1200 go build -trimpath -tags "$tags" -ldflags "$flags" -o "$out/minwindow" ./scripts/minwindow

scale=${SCALE:-1}
reg="$out/regional.db"
nat="$out/national.db"
rm -f "$reg" "$reg"-* "$nat" "$nat"-*
timeout 600 "$out/baulu" demo --region ULY --db "$reg" >/dev/null
timeout 1800 "$out/baulu" demo --all --scale "$scale" --db "$nat" >/dev/null
regnote="regional demo database (baulu demo --region ULY), $(du -h "$reg" | cut -f1)"
natnote="national demo database (baulu demo --all --scale $scale), $(du -h "$nat" | cut -f1)"

# One X server for every run; -displayfd picks a free display number.
fifo="$out/display"
rm -f "$fifo"
timeout 3600 Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT INT TERM
i=0
while [ ! -s "$fifo" ]; do
	i=$((i + 1)); [ $i -lt 100 ] || { echo "Xvfb did not start" >&2; exit 1; }
	sleep 0.1
done
export DISPLAY=":$(head -n1 "$fifo")"
hz=$(getconf CLK_TCK)

# child PID of a `timeout` process (the program it runs)
child() { ps -o pid= --ppid "$1" | tr -d ' ' | head -n1; }

# cputicks PID: user+system clock ticks so far
cputicks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# launch NAME CMD…: starts CMD with the marker on and waits for the first
# frame; sets ttw (ms from launch) and pid (the program), leaves it running.
# The program's output goes through a reader that copies it to the log and
# says on a second pipe when the marker has come: the shell blocks on that
# pipe. (Polling the log with grep and sleep every 10 ms cost both programs
# 100–200 ms of time-to-window on 2 cores.) The program's own timeout is
# the watchdog: without a window its output ends and the reader says so.
launch() {
	name=$1; shift
	log="$out/$name.log"
	pipe="$out/$name.out"
	ready="$out/$name.ready"
	rm -f "$pipe" "$ready"
	mkfifo "$pipe" "$ready"
	t0=$(date +%s%3N)
	BAULU_STARTUP_MARKER=1 timeout $((idle + 40)) "$@" >"$pipe" 2>&1 &
	tpid=$!
	(
		seen=
		while IFS= read -r line; do
			printf '%s\n' "$line"
			case $line in
			window-shown*) [ -n "$seen" ] || { seen=1; echo shown >"$ready"; } ;;
			esac
		done <"$pipe" >"$log"
		[ -n "$seen" ] || echo exited >"$ready"
	) &
	reader=$!
	read -r state <"$ready"
	if [ "$state" != shown ]; then
		echo "$name: no window within $((idle + 40)) s:" >&2; cat "$log" >&2; exit 1
	fi
	t1=$(sed -n 's/^window-shown .*unix_ms=\([0-9]*\).*/\1/p' "$log")
	ttw=$((t1 - t0))
	pid=$(child $tpid)
}

stop() {
	kill "$tpid" 2>/dev/null
	wait "$tpid" "$reader" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

base="$out/minwindow"
regapp="$out/baulu --db $reg"
natapp="$out/baulu --db $nat"
# Warm-up: page cache, fontconfig, Mesa's shader cache.
launch min $base; stop
launch regional $regapp; stop
launch national $natapp; stop
: >"$out/min.ttw"; : >"$out/regional.ttw"; : >"$out/national.ttw"
r=0
while [ $r -lt "$runs" ]; do # alternate, so drift hits all alike
	launch min $base; stop; echo $ttw >>"$out/min.ttw"
	launch regional $regapp; stop; echo $ttw >>"$out/regional.ttw"
	launch national $natapp; stop; echo $ttw >>"$out/national.ttw"
	r=$((r + 1))
done
ttw_min=$(median <"$out/min.ttw")
ttw_reg=$(median <"$out/regional.ttw")
ttw_nat=$(median <"$out/national.ttw")

# idle NAME CMD…: sets rss (kB, VmHWM) and cpu (% of one core) over $idle s,
# counted from 2 s after the first frame.
idle_run() {
	launch "$@"
	sleep 2
	c0=$(cputicks "$pid")
	sleep "$idle"
	c1=$(cputicks "$pid")
	rss=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
	cpu=$(awk -v d=$((c1 - c0)) -v hz="$hz" -v s="$idle" 'BEGIN {printf "%.1f", 100 * d / hz / s}')
	stop
}
idle_run min $base; rss_min=$rss; cpu_min=$cpu
idle_run regional $regapp; rss_reg=$rss; cpu_reg=$cpu
idle_run national $natapp; rss_nat=$rss; cpu_nat=$cpu

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "machine:  $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n1), $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg), Xvfb + Mesa (software GL)"
echo "regional: $regnote"
echo "national: $natnote"
echo "runs:     $runs per program (median), idle $idle s"
printf '%-22s %10s %10s %7s %10s %7s  %s\n' "" minimal regional ratio national ratio "target (regional; national)"
printf '%-22s %7s ms %7s ms %7s %7s ms %7s  %s\n' "time-to-window" "$ttw_min" "$ttw_reg" "$(ratio "$ttw_reg" "$ttw_min")" "$ttw_nat" "$(ratio "$ttw_nat" "$ttw_min")" "≤ 1.3; ≤ 1.5"
printf '%-22s %7s MB %7s MB %7s %7s MB %7s  %s\n' "idle peak RSS" "$((rss_min / 1024))" "$((rss_reg / 1024))" "$(ratio "$rss_reg" "$rss_min")" "$((rss_nat / 1024))" "$(ratio "$rss_nat" "$rss_min")" "≤ 1.5"
printf '%-22s %8s %% %8s %% %7s %8s %% %7s  %s\n' "idle CPU (1 core)" "$cpu_min" "$cpu_reg" "" "$cpu_nat" "" "no redraw when idle"
echo "all runs (ms): minimal $(tr '\n' ' ' <"$out/min.ttw")| regional $(tr '\n' ' ' <"$out/regional.ttw")| national $(tr '\n' ' ' <"$out/national.ttw")"
