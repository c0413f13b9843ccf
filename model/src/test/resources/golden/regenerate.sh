#!/usr/bin/env bash
# Records the golden runs anew from each one's own recorded command (its manifest's "command").
# Only for a commit that changes model behaviour on purpose; say why in that commit's message.
# Usage (from the repository root, after `mvn -q -B -DskipTests package`): model/src/test/resources/golden/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/../../../../.."
for dir in model/src/test/resources/golden/*/; do
  mapfile -t cmd < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["command"][1:]))' "$dir/manifest.json")
  tmp=$(mktemp -d); rm -rf "$tmp"
  args=(); skip=0
  for a in "${cmd[@]}"; do
    if [ $skip = 1 ]; then args+=("$tmp"); skip=0; continue; fi
    if [ "$a" = "--out" ]; then args+=("$a"); skip=1; continue; fi
    args+=("$a")
  done
  java -jar model/target/samenspel.jar "${args[@]}"
  rm -rf "$dir"; mkdir -p "$dir"
  cp "$tmp"/manifest.json "$tmp"/weekly.csv "$dir"; [ -f "$tmp/summary.csv" ] && cp "$tmp/summary.csv" "$dir"
  rm -rf "$tmp"
  echo "recorded $dir"
done
