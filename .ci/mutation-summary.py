#!/usr/bin/env python3
"""Summarise a Stryker mutation-report.json: score per file and per scope, every survivor, and the floor check.

Usage: mutation-summary.py REPORT SCOPE FLOOR SUMMARY_MD
Score = detected / (detected + undetected): Killed and Timeout are detected, Survived and NoCoverage are not;
CompileError, RuntimeError and Ignored mutants are left out, as Stryker does. Timeouts are counted apart as well and
listed, since a mutant that only ran slowly on a busy machine would pass for a killed one. Exits 1 when the score is
below FLOOR.
"""
import json
import os
import sys

report_path, scope, floor, summary_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
with open(report_path, encoding="utf-8") as f:
    report = json.load(f)

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
rows, survivors, timeouts = [], [], []
total_detected = total_valid = total_timeouts = 0
for path in sorted(report["files"]):
    mutants = report["files"][path]["mutants"]
    detected = sum(m["status"] in DETECTED for m in mutants)
    valid = detected + sum(m["status"] in UNDETECTED for m in mutants)
    timed_out = sum(m["status"] == "Timeout" for m in mutants)
    if valid == 0:
        continue
    name = path.split("src/TikTokMonetization.Sdk/")[-1]
    rows.append((name, detected, valid, timed_out))
    total_detected += detected
    total_valid += valid
    total_timeouts += timed_out
    for m in mutants:
        if m["status"] in UNDETECTED or m["status"] == "Timeout":
            line = m["location"]["start"]["line"]
            replacement = " ".join(m.get("replacement", "").split())
            entry = f"{name}:{line} {m['status']} {m['mutatorName']}: {replacement[:100]}"
            (timeouts if m["status"] == "Timeout" else survivors).append(entry)

score = 100.0 * total_detected / total_valid if total_valid else 100.0
lines = [f"# Mutation score: {scope}", "", "| file | detected / valid | score | of which timed out |", "|---|---:|---:|---:|"]
lines += [f"| {n} | {d} / {v} | {100.0 * d / v:.1f} % | {t} |" for n, d, v, t in rows]
lines += [f"| **{scope}** | **{total_detected} / {total_valid}** | **{score:.1f} %** | **{total_timeouts}** |", "", "## Undetected mutants", ""]
lines += [f"- {s}" for s in survivors] or ["none"]
lines += ["", "## Timed out (counted as detected)", ""]
lines += [f"- {t}" for t in timeouts] or ["none"]
os.makedirs(os.path.dirname(summary_path) or ".", exist_ok=True)
with open(summary_path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

for n, d, v, t in rows:
    print(f"   {n}: {d}/{v} = {100.0 * d / v:.1f} %" + (f" ({t} timed out)" if t else ""))
verdict = "ok" if score >= floor else "BELOW FLOOR"
print(f"   {scope}: {total_detected}/{total_valid} = {score:.1f} % (floor {floor:g} %), {total_timeouts} timed out, {verdict}")
sys.exit(0 if score >= floor else 1)
