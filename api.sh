#!/bin/bash
# usage: api.sh user METHOD path [body]
u=$1; m=$2; p=$3; b=$4
if [ -n "$b" ]; then
curl -s -b /tmp/cj/$u -X $m -H 'Content-Type: application/json' -H "X-CSRF-Token: $(cat /tmp/cj/$u.csrf)" -d "$b" localhost:3100$p
else
curl -s -b /tmp/cj/$u -X $m -H "X-CSRF-Token: $(cat /tmp/cj/$u.csrf)" localhost:3100$p
fi
