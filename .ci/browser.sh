#!/usr/bin/env bash
# CI: headless Chromium for tests/test_browser.py, from Debian's packages when it is missing.
# Sourced by .ci/run; Playwright's Python package drives /usr/bin/chromium (never `playwright install`).
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            chromium fonts-dejavu-core >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends chromium fonts-dejavu-core >/dev/null
    fi
fi
WIREWATCH_CHROMIUM="$(command -v chromium || true)"
export WIREWATCH_CHROMIUM
if [ -n "$WIREWATCH_CHROMIUM" ]; then
    echo "browser: $("$WIREWATCH_CHROMIUM" --version 2>/dev/null || echo "$WIREWATCH_CHROMIUM")"
else
    echo "browser: chromium could not be installed; the browser test will fail under CI=true" >&2
fi
