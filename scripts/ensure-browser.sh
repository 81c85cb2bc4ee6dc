#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages when it is missing:
# Chromium (driven by playwright-core, never downloaded by it), the CJK fonts Android
# phones show, without which Chromium draws boxes and layout figures mean nothing, and
# poppler-utils (pdftotext, pdfinfo, pdftoppm), with which the print test reads the PDFs back.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# grep reads all of fc-list's output (no -q): with pipefail, an early exit would fail the pipe (SIGPIPE).
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "安装浏览器测试所需的软件包：${need[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
[ -x /usr/bin/chromium ] || { echo "Chromium 未能安装：浏览器测试无法运行" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils 未能安装：打印测试无法运行" >&2; exit 1; }
