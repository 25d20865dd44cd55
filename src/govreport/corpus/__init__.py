"""Stage 4, across reports: a folder of reports at once, and what one report says of another.

runner (one worker per report, limits, faults), store (resumable Parquet datasets read with
DuckDB), track_record (each target against the next report's outcome), panel (places and
years side by side).
"""
