#!/usr/bin/env bash
# System packages the tests need (Debian/Ubuntu, as root): Chromium for the browser tests,
# xmllint for the manifest check, CJK fonts so screenshots show Korean, LibreOffice as the
# independent spreadsheet program that opens our files (and its Writer the results report, .docx)
# (driven through its Python bridge, python3-uno: one LibreOffice serves a test process's conversions)
# and Gnumeric (ssconvert) as a second one,
# pdftoppm to look at its PDF renders, and openpyxl (Python's .xlsx library) as a third program
# that must open what we write.
set -euo pipefail
packages=(chromium libxml2-utils fonts-noto-cjk libreoffice-calc-nogui libreoffice-writer-nogui python3-uno gnumeric poppler-utils python3-openpyxl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Then the real Excel and Word files of the foreign-files corpus, from Debian's packages too.
fixtures() { bash "$(dirname "$0")/foreign-fixtures.sh"; }
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: ${packages[*]}"
  fixtures
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing system packages: ${missing[*]} — run as root: sudo bash $0" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
fixtures
