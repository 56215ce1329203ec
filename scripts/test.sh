#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need on a fresh machine, builds, and
# runs every test: type check, Microsoft's Office.js lint, unit, adapter, command-line, LibreOffice and
# headless-Chromium tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages, when missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian packages some tests drive: Chromium (Playwright), LibreOffice (renders what we write), poppler
# (counts PDF pages), a CJK font (so screenshots and PDFs show Chinese).
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "安装测试所需的系统软件包: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "缺少系统软件包: ${need[*]}，请运行: sudo apt-get install -y ${need[*]}" >&2
    exit 2
  fi
fi

npm run build
npm run typecheck
npx jest --ci
