#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing, for the unsubscribe page's browser test
# (examples/webhook-hono, driven by playwright-core with executablePath /usr/bin/chromium).
# Nothing is downloaded by playwright itself.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
