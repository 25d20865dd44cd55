"""Stage 4, across reports: a folder of reports at once, and what one report says of another.

runner (every report through the workers, limits, faults), workers (worker processes, one
report at a time each), store (resumable Parquet datasets read with DuckDB), track_record
(each target against the next report's outcome), panel (places and years side by side).
"""
