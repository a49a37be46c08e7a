"""Opens each workbook named on the command line with openpyxl (pandas' default .xlsx reader and
writer) and prints one JSON line per file: whether it loaded, its sheets, or openpyxl's error."""
import json
import sys
import warnings

import openpyxl

# openpyxl warns about the extensions it drops (data bars' x14 part, …); only failures matter here.
warnings.simplefilter("ignore")

for path in sys.argv[1:]:
    try:
        book = openpyxl.load_workbook(path)
        print(json.dumps({"file": path, "ok": True, "sheets": book.sheetnames}, ensure_ascii=False))
    except Exception as error:  # noqa: BLE001 — every failure is the answer
        print(json.dumps({"file": path, "ok": False, "error": f"{type(error).__name__}: {error}"}, ensure_ascii=False))
