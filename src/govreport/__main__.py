import signal
import sys

# SIGTERM during start-up (the imports take a moment) exits 143 like SIGTERM later on, quietly;
# the command line installs its own handler, which also removes temporaries, once it runs.
signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))

from govreport.cli import exit_now, main  # noqa: E402

exit_now(main(standalone=True))
