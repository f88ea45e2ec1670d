"""A headless Chromium driven over the DevTools protocol, with the standard library only.

`--remote-debugging-pipe` makes Chromium read commands from fd 3 and write
answers and events to fd 4, one JSON message per NUL-terminated chunk. No
websocket, no extra package: just pipes and `os.posix_spawn`. Used by the
chart tests; `find_chromium()` says where the browser is (or None), and
`png_pixels()` decodes a screenshot so a test can look at its colours.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import shutil
import signal
import struct
import threading
import time
import zlib
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    """$TIMELINE_CHROMIUM, else the first Chromium-like browser on PATH."""
    explicit = os.environ.get("TIMELINE_CHROMIUM")
    if explicit:
        return explicit
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _high(fd: int) -> int:
    """A close-on-exec copy of fd numbered 10 or more, so the dup2 onto 3 and 4 cannot clobber it."""
    copy = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return copy


class ProtocolError(RuntimeError):
    pass


class Chromium:
    """One browser process; `call()` sends a command and waits for its answer; `events` collects the rest."""

    def __init__(self, binary: str, profile: Path, log: Path, timeout: float = 30.0) -> None:
        self.timeout = timeout
        command_read, command_write = (_high(fd) for fd in os.pipe())
        answer_read, answer_write = (_high(fd) for fd in os.pipe())
        self._log = open(log, "wb")  # noqa: SIM115 - closed in close()
        actions = [
            (os.POSIX_SPAWN_DUP2, command_read, 3),
            (os.POSIX_SPAWN_DUP2, answer_write, 4),
            (os.POSIX_SPAWN_OPEN, 0, "/dev/null", os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, self._log.fileno(), 1),
            (os.POSIX_SPAWN_DUP2, self._log.fileno(), 2),
        ]
        argv = [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"]
        self.pid = os.posix_spawn(binary, argv, dict(os.environ), file_actions=actions)
        os.close(command_read)
        os.close(answer_write)
        self._out = os.fdopen(command_write, "wb", buffering=0)
        self._in = answer_read
        self._next_id = 0
        self._answers: dict[int, dict] = {}
        self._inbox: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._in, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                self._inbox.put(None)
                return
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                self._inbox.put(json.loads(message))

    def _pump(self, deadline: float) -> bool:
        """Take one message from the browser; False when none came before the deadline."""
        try:
            message = self._inbox.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            return False
        if message is None:
            raise ProtocolError("the browser closed the pipe; see its log")
        if "id" in message:
            self._answers[message["id"]] = message
        else:
            self.events.append(message)
        return True

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        number = self._next_id
        message = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while number not in self._answers:
            if not self._pump(deadline) and time.monotonic() >= deadline:
                raise ProtocolError(f"no answer to {method} within {self.timeout}s")
        answer = self._answers.pop(number)
        if "error" in answer:
            raise ProtocolError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def wait_for(self, method: str, session: str | None = None, after: int = 0) -> dict:
        """The first event `method` (for `session`) among events[after:], waiting for it if needed."""
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self.events[after:]:
                if event.get("method") == method and (session is None or event.get("sessionId") == session):
                    return event
            if not self._pump(deadline) and time.monotonic() >= deadline:
                raise ProtocolError(f"no {method} within {self.timeout}s")

    def drain(self, seconds: float) -> None:
        """Collect whatever events arrive in the next `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._pump(deadline)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.call("Browser.close")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.05)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)  # only the browser this object started
            os.waitpid(self.pid, 0)
        with contextlib.suppress(OSError):
            self._out.close()
        with contextlib.suppress(OSError):
            os.close(self._in)
        self._log.close()


class Page:
    """One tab, attached in flat mode; `evaluate()` returns plain values."""

    def __init__(self, browser: Chromium) -> None:
        self.browser = browser
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, params: dict | None = None) -> dict:
        return self.browser.call(method, params, self.session)

    def navigate(self, url: str) -> None:
        mark = len(self.browser.events)
        self.call("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session, after=mark)
        self.browser.drain(0.3)  # late console messages, if any

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ProtocolError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def viewport(self, width: int, height: int, *, mobile: bool = False) -> None:
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1, "mobile": mobile})

    def screenshot(self, width: int, height: int, scale: float = 0.25) -> bytes:
        clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": scale}
        data = self.call("Page.captureScreenshot", {"format": "png", "clip": clip})["data"]
        return base64.b64decode(data)

    def key(self, key: str, code: str, key_code: int, shift: bool = False) -> None:
        params = {"key": key, "code": code, "windowsVirtualKeyCode": key_code, "modifiers": 8 if shift else 0}
        self.call("Input.dispatchKeyEvent", {"type": "rawKeyDown", **params})
        self.call("Input.dispatchKeyEvent", {"type": "keyUp", **params})

    def events(self, method: str) -> list[dict]:
        return [event["params"] for event in self.browser.events
                if event.get("method") == method and event.get("sessionId") == self.session]


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(line)
        previous = line
    pixels = [tuple(row[i:i + 3]) for row in rows for i in range(0, stride, channels)]
    return width, height, pixels
