#!/usr/bin/env python3
"""Summarise a Stryker mutation-report.json: score per file and per scope, every survivor, and the floor check.

Usage: mutation-summary.py REPORT SCOPE FLOOR SUMMARY_MD
Score = detected / (detected + undetected): Killed and Timeout are detected, Survived and NoCoverage are not;
CompileError, RuntimeError and Ignored mutants are left out, as Stryker does. Exits 1 when the score is below FLOOR.
"""
import json
import os
import sys

report_path, scope, floor, summary_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
with open(report_path, encoding="utf-8") as f:
    report = json.load(f)

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
rows, survivors = [], []
total_detected = total_valid = 0
for path in sorted(report["files"]):
    mutants = report["files"][path]["mutants"]
    detected = sum(m["status"] in DETECTED for m in mutants)
    valid = detected + sum(m["status"] in UNDETECTED for m in mutants)
    if valid == 0:
        continue
    name = path.split("src/TikTokMonetization.Sdk/")[-1]
    rows.append((name, detected, valid))
    total_detected += detected
    total_valid += valid
    for m in mutants:
        if m["status"] in UNDETECTED:
            line = m["location"]["start"]["line"]
            replacement = " ".join(m.get("replacement", "").split())
            survivors.append(f"{name}:{line} {m['status']} {m['mutatorName']}: {replacement[:100]}")

score = 100.0 * total_detected / total_valid if total_valid else 100.0
lines = [f"# Mutation score: {scope}", "", "| file | detected / valid | score |", "|---|---:|---:|"]
lines += [f"| {n} | {d} / {v} | {100.0 * d / v:.1f} % |" for n, d, v in rows]
lines += [f"| **{scope}** | **{total_detected} / {total_valid}** | **{score:.1f} %** |", "", "## Undetected mutants", ""]
lines += [f"- {s}" for s in survivors] or ["none"]
os.makedirs(os.path.dirname(summary_path) or ".", exist_ok=True)
with open(summary_path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

for n, d, v in rows:
    print(f"   {n}: {d}/{v} = {100.0 * d / v:.1f} %")
verdict = "ok" if score >= floor else "BELOW FLOOR"
print(f"   {scope}: {total_detected}/{total_valid} = {score:.1f} % (floor {floor:g} %) {verdict}")
sys.exit(0 if score >= floor else 1)
