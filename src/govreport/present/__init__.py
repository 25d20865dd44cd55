"""Stage 5, presentation: what a reader sees.

display (tables in zh/en/bi), charts and track_view (charts), phrases and briefing (the
briefing's sentences), notebook (what notebooks call), render (HTML pages), brief (the
``brief`` command). Nothing here computes a figure; it shows the tables the stages below built.
"""
