#!/usr/bin/env python3
"""One LibreOffice for many conversions (scripts/libreoffice.cjs starts it once per test process).

Starts soffice headless with the profile and fonts it is given, listening on a private pipe, and
converts what it is asked on stdin, one JSON request a line:
  {"file": "/abs/in.xlsx", "filter": "csv" | "xlsx" | "pdf" | "txt", "outdir": "/abs/dir"}
and answers one JSON line each: {"ok": true, "outputs": [...]} or {"ok": false, "error": "..."}.
The output files are named as `soffice --convert-to` names them (a sheet per CSV file:
NAME-SHEET.csv). When stdin closes (the test process ended), LibreOffice is closed too.
"""
import json
import os
import shutil
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# The CSV export's options, as `--convert-to` takes them: comma, quote, UTF-8, from row 1, cells as
# shown, every sheet (-1) into its own file.
CSV_OPTIONS = "44,34,76,1,,0,false,true,false,false,false,-1"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start(soffice, profile, pipe):
    process = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 120
    while True:
        try:
            context = resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
            )
            break
        except NoConnectException:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError("LibreOffice did not start")
            time.sleep(0.2)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    return process, desktop


def target(document, kind):
    """(extension, filter name, filter options) for what is asked of this kind of document."""
    calc = document.supportsService("com.sun.star.sheet.SpreadsheetDocument")
    if kind == "csv":
        return "csv", "Text - txt - csv (StarCalc)", CSV_OPTIONS
    if kind == "xlsx":
        return "xlsx", "Calc MS Excel 2007 XML", None
    if kind == "pdf":
        return "pdf", "calc_pdf_Export" if calc else "writer_pdf_Export", None
    if kind == "txt":
        return "txt", "Text (encoded)", "UTF8"
    raise ValueError(f"unknown target {kind}")


def convert(desktop, request):
    """Stores the document as asked; the caller lists what it wrote."""
    source = request["file"]
    outdir = request["outdir"]
    document = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),)
    )
    if document is None:
        raise RuntimeError(f"LibreOffice could not load {source}")
    try:
        extension, name, options = target(document, request["filter"])
        stem = os.path.splitext(os.path.basename(source))[0]
        out = os.path.join(outdir, f"{stem}.{extension}")
        args = [prop("FilterName", name), prop("Overwrite", True)]
        if options is not None:
            args.append(prop("FilterOptions", options))
        document.storeToURL(uno.systemPathToFileUrl(out), tuple(args))
    finally:
        document.close(True)


def alive(process, desktop):
    if process.poll() is not None:
        return False
    try:
        desktop.getComponents()
        return True
    except Exception:
        return False


def main():
    soffice, profile, pipe = sys.argv[1], sys.argv[2], sys.argv[3]
    process, desktop = start(soffice, profile, pipe)
    try:
        print(json.dumps({"ok": True, "ready": True}), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            request = json.loads(line)
            before = set(os.listdir(request["outdir"])) if os.path.isdir(request["outdir"]) else set()
            try:
                convert(desktop, request)
                written = set(os.listdir(request["outdir"])) - before
                answer = {"ok": True, "outputs": sorted(written)}
            except Exception as error:  # the caller is told
                answer = {"ok": False, "error": str(error)}
                # A failed store leaves its temporary file behind.
                for name in set(os.listdir(request["outdir"])) - before:
                    os.remove(os.path.join(request["outdir"], name))
            print(json.dumps(answer), flush=True)
            if not answer["ok"] and not alive(process, desktop):
                sys.exit(1)  # LibreOffice crashed: the caller starts another for what comes next
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(uno.fileUrlToSystemPath(profile), ignore_errors=True)


if __name__ == "__main__":
    main()
