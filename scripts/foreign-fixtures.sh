#!/usr/bin/env bash
# Real workbooks saved by Excel (Windows, Mac, Excel Online) and documents saved by Word, for the
# foreign-files corpus test: taken from the example files Debian's packages of R's readxl,
# openxlsx and officer and of python-docx ship (test/fixtures/foreign/README.md lists each file,
# its writer and licence). Nothing is committed: the .deb files are downloaded (not installed) and
# unpacked into .tmp/foreign-debian/. Needs Debian's package lists (apt-get update).
set -euo pipefail
cd "$(dirname "$0")/.."
target=.tmp/foreign-debian
if [ -f "$target/.complete" ]; then
  echo "foreign fixtures present: $target"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
packages=(r-cran-readxl r-cran-openxlsx r-cran-officer python3-docx)
(cd "$work" && apt-get download "${packages[@]}" >/dev/null 2>&1) || {
  [ "$(id -u)" -eq 0 ] && apt-get update -qq
  (cd "$work" && apt-get download "${packages[@]}" >/dev/null)
}
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
rm -rf "$target" && mkdir -p "$target/excel" "$target/word"
site="$work/root/usr/lib/R/site-library"
for file in datasets deaths clippy type-me; do
  cp "$site/readxl/extdata/$file.xlsx" "$target/excel/readxl-$file.xlsx"
done
for file in loadThreadComment loadPivotTables namedRegions ColorTabs3 inlineStr readTest; do
  cp "$site/openxlsx/extdata/$file.xlsx" "$target/excel/openxlsx-$file.xlsx"
done
cp "$site/officer/template/template.xlsx" "$target/excel/officer-template.xlsx"
cp "$site/officer/template/template.docx" "$target/word/officer-template.docx"
cp "$site/officer/doc_examples/example.docx" "$target/word/officer-example.docx"
cp "$site/officer/doc_examples/landscape.docx" "$target/word/officer-landscape.docx"
cp "$work"/root/usr/lib/python3/dist-packages/docx/templates/default.docx "$target/word/python-docx-default.docx"
touch "$target/.complete"
echo "foreign fixtures: $(ls "$target/excel" | wc -l) workbooks, $(ls "$target/word" | wc -l) documents in $target"
