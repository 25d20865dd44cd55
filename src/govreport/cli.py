"""Command line: ``python -m govreport quantities|tables|corpus|brief …``.

Every problem with the input is one line on stderr and exit status 2; outputs are written
atomically, so a failed run leaves no partial file behind.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from govreport.errors import GovReportError


def _cmd_quantities(args: argparse.Namespace) -> int:
    from govreport import extract_quantities, read_report
    from govreport.outputs import frame_to_csv, write_csv_atomic
    from govreport.quantities import to_csv_frame

    table = to_csv_frame(extract_quantities(read_report(args.report)))
    if args.output:
        write_csv_atomic(table, args.output)
    else:
        sys.stdout.write(frame_to_csv(table))
    return 0


def _cmd_tables(args: argparse.Namespace) -> int:
    from govreport import build_tables, read_report
    from govreport.outputs import write_csv_atomic

    tables = build_tables(read_report(args.report))
    out = Path(args.output)
    for name, table in tables.items():
        write_csv_atomic(table, out / f"{name}.csv")
    print(f"{args.report}: wrote {len(tables)} tables to {out}: " + ", ".join(f"{n} ({len(t)} rows)" for n, t in tables.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m govreport",
        description="Turn a Chinese government work report (政府工作报告) into tables whose every "
        "figure traces back to character offsets in the report.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("quantities", help="one row per figure in the report, as UTF-8 CSV",
                       description="Write one row per quantity (value, unit, qualifier, role, year, "
                       "indicator, category) with its offsets and sentence, as UTF-8 CSV.")
    p.add_argument("report", help="the report: .txt (any common Chinese encoding) or .html")
    p.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    p.set_defaults(func=_cmd_quantities)

    p = sub.add_parser("tables", help="every table the package builds, one CSV each, into a folder",
                       description="Write quantities.csv and every analysis table (sector_output, "
                       "subsidies, targets, checks) into DIR.")
    p.add_argument("report", help="the report: .txt (any common Chinese encoding) or .html")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the CSV files into")
    p.set_defaults(func=_cmd_tables)

    from govreport.brief import add_brief_parser

    add_brief_parser(sub)

    try:
        from govreport.corpus import add_corpus_parser
    except ImportError:  # corpus mode not installed in this build
        pass
    else:
        add_corpus_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GovReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
