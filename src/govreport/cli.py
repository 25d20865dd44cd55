"""Command line: ``python -m govreport quantities|tables|corpus|brief …``.

Every problem with the input is one line on stderr and exit status 2; outputs are written
atomically, so a failed run leaves no partial file behind.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

from govreport.errors import GovReportError, GovReportWarning


EXTRACTED_TEXT = "text.txt"  # beside the tables of a report that is not plain text


def _inputs(report: str) -> list[Path]:
    """The files a command reads: the report and its metadata beside it (never overwritten)."""
    from govreport.report.metadata import metadata_path

    return [Path(report), metadata_path(report)]


def _cmd_quantities(args: argparse.Namespace) -> int:
    from govreport import extract_quantities, read_report
    from govreport.outputs import check_output_file, frame_to_csv, write_csv_atomic
    from govreport.extract.quantity_frame import to_csv_frame

    if args.output:  # checked before the (possibly long) reading: a wrong path fails at once
        check_output_file(args.output, _inputs(args.report))
    table = to_csv_frame(extract_quantities(read_report(args.report)))
    if args.output:
        write_csv_atomic(table, args.output)
    else:
        sys.stdout.write(frame_to_csv(table))
    return 0


def _cmd_tables(args: argparse.Namespace) -> int:
    from govreport import build_tables, read_report
    from govreport.outputs import check_output_dir, write_tables_atomic
    from govreport.report.reading import text_is_derived

    out = check_output_dir(args.output, _inputs(args.report))
    report = read_report(args.report)
    tables = build_tables(report)
    if args.history is not None:  # the record of this place's earlier targets, beside each target
        from govreport.corpus.history import report_history, with_history

        tables["targets"] = with_history(tables["targets"], report_history(report, args.history or None))
    # the folder's previous tables stay until all new ones are written; a Word, PDF or HTML
    # report's offsets refer to its extracted text, saved beside them as text.txt
    texts = {EXTRACTED_TEXT: report.text} if text_is_derived(report.meta) else {}
    write_tables_atomic(tables, out, texts, owned=[EXTRACTED_TEXT])
    print(f"{args.report}: wrote {len(tables)} tables to {out}: " + ", ".join(f"{n} ({len(t)} rows)" for n, t in tables.items()))
    reflowed = report.meta.get("reflowed")
    if reflowed:  # a PDF copy pasted as one line: the offsets refer to the reflowed text, text.txt
        print(f"{args.report}: read as a one-line PDF copy ({reflowed['wrap_spaces']} wrap spaces and "
              f"{reflowed['page_footers']} page footers removed); offsets refer to {out}/{EXTRACTED_TEXT}")
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
    p.add_argument("report", help="the report: .txt (any common Chinese encoding), .html, .docx, .pdf (with a "
                   "text layer) or .doc (through LibreOffice)")
    p.add_argument("-o", "--output", help="CSV file to write (default: standard output)")
    p.set_defaults(func=_cmd_quantities)

    p = sub.add_parser("tables", help="every table the package builds, one CSV each, into a folder",
                       description="Write quantities.csv and every analysis table (sector_output, "
                       "subsidies, targets, checks) into DIR, replacing the previous set as a whole; for a report "
                       "that is not plain text, also text.txt, the extracted text every offset refers to.")
    p.add_argument("report", help="the report: .txt (any common Chinese encoding), .html, .docx, .pdf (with a "
                   "text layer) or .doc (through LibreOffice)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the CSV files into")
    p.add_argument("--history", nargs="?", const="", metavar="FOLDER",
                   help="add to targets.csv the record of this place's earlier targets of the same indicator "
                   "(hit rate, median gap), from the reports in FOLDER (default: the report's own folder)")
    p.set_defaults(func=_cmd_tables)

    from govreport.present.brief import add_brief_parser

    add_brief_parser(sub)

    try:
        from govreport.corpus.command import add_corpus_parser
    except ImportError:  # corpus mode not installed in this build
        pass
    else:
        add_corpus_parser(sub)
    from govreport.corpus.command import add_track_record_parser

    add_track_record_parser(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM as an exception, so that every ``finally`` (temporary files) runs before exit."""


# The signal that stopped the command, if one did: a library may turn our exception into its own
# (numpy, imported lazily, raises ImportError when SIGTERM arrives while it imports datetime), and
# the stop must still end quietly as that signal, not as the library's traceback.
_stopped_by: type[BaseException] | None = None


def _raise_terminated(signum: int, frame: object) -> None:
    global _stopped_by
    _quiet_exit_signals()
    _stopped_by = Terminated
    raise Terminated()


def _raise_interrupted(signum: int, frame: object) -> None:
    """Ctrl-C as KeyboardInterrupt, once: a second press while the first unwinds would raise again inside a
    clean-up (a pipe's ``__del__``) and print a traceback, so further presses are ignored from here on."""
    global _stopped_by
    _quiet_exit_signals()
    _stopped_by = KeyboardInterrupt
    raise KeyboardInterrupt


def main(argv: list[str] | None = None, standalone: bool = False) -> int:
    """Run one command; 0 done, 1 done in part (corpus), 2 bad input, 130 interrupted, 143 terminated.

    ``standalone`` (``python -m govreport``): once the command has ended (done or interrupted),
    further Ctrl-C presses and SIGTERM are ignored until the process has exited, so a second press
    never interrupts the clean-up and a late one never kills a finished run.
    """
    global _stopped_by
    args = build_parser().parse_args(argv)
    previous = None
    _stopped_by = None
    if threading.current_thread() is threading.main_thread():
        previous = (signal.signal(signal.SIGINT, _raise_interrupted), signal.signal(signal.SIGTERM, _raise_terminated))
    try:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", GovReportWarning)  # shown even under PYTHONWARNINGS=ignore
                warnings.showwarning = _show_warning
                return args.func(args)
        except Exception:
            if _stopped_by is None:
                raise
            raise _stopped_by() from None  # our stop, re-dressed by a library on its way out
    except GovReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _quiet_exit_signals()
        print(getattr(args, "on_interrupt", "") or
              "error: interrupted; nothing was written (run the same command again to start over)", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing to say to anyone
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that flushing stdout at exit raises nothing
        return 1
    except Terminated:
        _quiet_exit_signals()
        print(getattr(args, "on_interrupt", "").replace("interrupted", "terminated") or
              "error: terminated; nothing was written", file=sys.stderr)
        return 143
    finally:
        if standalone:  # the process exits next: a late Ctrl-C or SIGTERM can stop nothing, and must not kill it
            _quiet_exit_signals()
        elif previous is not None:  # as they were (main() may be called from a program or a test)
            signal.signal(signal.SIGINT, previous[0])
            signal.signal(signal.SIGTERM, previous[1])


def exit_now(code: int) -> None:
    """End ``python -m govreport`` with ``code`` once the command is done: the exit handlers run
    (multiprocessing's, temporary files') and the output is flushed, but the interpreter's own
    teardown, which frees every object one at a time (0.1 s after a corpus run, a sixth of the
    run on a small folder), is skipped. Where another thread still runs, the usual exit waits for it."""
    import atexit
    import os

    if threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # the reader went away, or the stream is closed: nothing to say
            pass
    os._exit(code)


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Our warnings as one line each (``warning: <file>: <problem>``); others as Python shows them."""
    if issubclass(category, GovReportWarning):
        print(f"warning: {message}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _quiet_exit_signals() -> None:
    """After the first interruption, a second Ctrl-C or SIGTERM must not start another traceback."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
