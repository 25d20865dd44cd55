"""Starting the kernels that run the notebooks (``make``'s and ``govreport brief``'s): over IPC sockets
of their own, quiet, and retried once when the start itself fails."""
from __future__ import annotations

from functools import cache
from typing import Any

KERNEL_START_FAILED = "Kernel died before replying to kernel_info"
# the other face of the same port race: the kernel that lost the port stays up but never answers (ZMQError:
# Address already in use in its log), and the client gives up after the start timeout
KERNEL_NO_REPLY = "Kernel didn't respond in"


def kernel_start_failed(exc: BaseException) -> bool:
    """Whether ``exc`` says the kernel never started (died, or never answered), before any cell ran: worth one retry."""
    return KERNEL_START_FAILED in str(exc) or KERNEL_NO_REPLY in str(exc)


@cache
def quiet_kernel_manager() -> type:
    """A kernel manager whose kernel's own stderr is dropped. What a notebook prints or raises comes
    back through the kernel's messages (a failing cell is one line, from papermill); the kernel's
    stderr holds only its own notices, and under load, while it shuts down after a failed cell,
    a traceback from its message loop (zmqstream) that reached the user's terminal."""
    import os
    import subprocess
    import tempfile
    import uuid

    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        def __init__(self, **kw: Any) -> None:
            # over local sockets with a path of its own, not TCP ports: kernels started at the same time (three
            # notebooks here, nbval's beside them) no longer race for one free port and die or hang while starting
            super().__init__(**kw)
            self.transport = "ipc"
            self.ip = os.path.join(tempfile.gettempdir(), f"govreport-kernel-{uuid.uuid4().hex[:12]}")

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            kw.setdefault("stderr", subprocess.DEVNULL)
            await super().start_kernel(**kw)

    return QuietKernelManager
