#!/usr/bin/env bash
# Installs Debian's headless Chromium for the report's real-browser test (ReportEndToEndTest). Idempotent: does
# nothing when /usr/bin/chromium is already there. Without it that test is skipped, not failed.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
/usr/bin/chromium --version
