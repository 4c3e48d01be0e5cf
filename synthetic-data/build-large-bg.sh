#!/usr/bin/env bash
# Starts build-large.sh in the background at the lowest priority (nice 19, idle I/O class),
# in a session of its own (setsid), detached from the terminal, appending to WORK/build.log; its process id goes to
# WORK/build.pid. Refuses to start a second build while one is running. Re-run it after a
# stop or a reboot: every stage resumes (README.md, "Debian-wide set").
#   bash synthetic-data/build-large-bg.sh [STAGE...]
#   tail -f synthetic-data/.work-large/build.log
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="${APE_WORK:-$here/.work-large}"
mkdir -p "$work"
if [ -s "$work/build.pid" ] && kill -0 "$(cat "$work/build.pid")" 2>/dev/null; then
  echo "build-large-bg: already running as process $(cat "$work/build.pid") (log: $work/build.log)" >&2
  exit 1
fi
setsid nohup nice -n 19 ionice -c3 bash "$here/build-large.sh" "$@" >>"$work/build.log" 2>&1 </dev/null &
echo $! >"$work/build.pid"
echo "build-large-bg: started process $! (log: $work/build.log)" >&2
