"""House rule: TrustDesk never talks to the network.

A static scan of every module under ``trustdesk/`` (and ``main.py``) for imports of networking
modules: plain ``import``/``from ... import``, ``importlib.import_module("...")`` and
``__import__("...")`` with a literal name.  It reads source files only; it does not import the app.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Top-level modules (and everything below them) that can open a connection.
FORBIDDEN_MODULES = frozenset(
    {
        "socket",
        "socketserver",
        "ssl",
        "http",
        "urllib",
        "urllib3",
        "requests",
        "httpx",
        "aiohttp",
        "ftplib",
        "smtplib",
        "poplib",
        "imaplib",
        "nntplib",
        "telnetlib",
        "xmlrpc",
        "websocket",
        "websockets",
        "asyncio.streams",
        "pycurl",
        "paramiko",
    }
)
# Qt modules that can reach the network (QtNetwork) or embed a browser.
FORBIDDEN_QT = ("QtNetwork", "QtWebEngine", "QtWebSockets", "QtHttpServer", "QtWebChannel", "QtWebView")
# asyncio's own network entry points, reached as ``asyncio.open_connection`` or from-imported.
ASYNCIO_NETWORK = frozenset(
    {
        "open_connection",
        "start_server",
        "open_unix_connection",
        "start_unix_server",
        "StreamReader",
        "StreamWriter",
    }
)
DYNAMIC_IMPORTERS = frozenset({"import_module", "__import__"})


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def is_forbidden(module: str) -> bool:
    """True when a dotted module name is, or lives under, a networking module."""
    for name in FORBIDDEN_MODULES:
        if module == name or module.startswith(name + "."):
            return True
    return any(part.startswith(FORBIDDEN_QT) for part in module.split("."))


def scan_source(source: str, path: str = "<string>") -> list[Finding]:
    """Every networking import in one module's source."""
    tree = ast.parse(source, filename=path)
    found: list[Finding] = []

    def flag(node: ast.AST, what: str) -> None:
        found.append(Finding(path, getattr(node, "lineno", 0), what))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if is_forbidden(alias.name):
                    flag(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: stays inside the project
                continue
            module = node.module or ""
            for alias in node.names:
                full = f"{module}.{alias.name}" if module else alias.name
                asyncio_net = module == "asyncio" and alias.name in ASYNCIO_NETWORK
                if is_forbidden(module) or is_forbidden(full) or asyncio_net:
                    flag(node, f"from {module} import {alias.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in DYNAMIC_IMPORTERS and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and is_forbidden(arg.value):
                    flag(node, f"{name}({arg.value!r})")
        elif isinstance(node, ast.Attribute):
            if (
                isinstance(node.value, ast.Name)
                and node.value.id == "asyncio"
                and node.attr in ASYNCIO_NETWORK
            ):
                flag(node, f"asyncio.{node.attr}")
    return found


def project_sources() -> Iterator[Path]:
    package = ROOT / "trustdesk"
    if package.is_dir():
        yield from sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    main = ROOT / "main.py"
    if main.is_file():
        yield main


# --- the scanner itself must be able to fail -------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import socket\n",
        "import os, ssl\n",
        "import http.client\n",
        "from urllib.request import urlopen\n",
        "from urllib import request\n",
        "import requests as r\n",
        "import httpx\n",
        "import aiohttp\n",
        "from ftplib import FTP\n",
        "import smtplib\n",
        "from xmlrpc.client import ServerProxy\n",
        "import websocket\n",
        "import websockets.client\n",
        "from PySide6 import QtNetwork\n",
        "from PySide6.QtNetwork import QLocalServer\n",
        "import PySide6.QtNetwork\n",
        "from PySide6 import QtWidgets, QtWebEngineWidgets\n",
        "from PySide6.QtWebEngineCore import QWebEngineProfile\n",
        "import importlib\nimportlib.import_module('socket')\n",
        "from importlib import import_module\nimport_module('PySide6.QtNetwork')\n",
        "__import__('ssl')\n",
        "def f():\n    import socket\n",
        "from asyncio import open_connection\n",
        "import asyncio\nasyncio.start_server(None)\n",
        "import asyncio.streams\n",
    ],
)
def test_scanner_reports_network_imports(source: str) -> None:
    assert scan_source(source), f"scanner missed a network import in: {source!r}"


@pytest.mark.parametrize(
    "source",
    [
        "import os\nimport sqlite3\n",
        "from PySide6.QtWidgets import QWidget\nfrom PySide6.QtCore import QLockFile\n",
        "from PySide6 import QtCore, QtGui, QtPdf\n",
        "import importlib\nimportlib.import_module('trustdesk.documents')\n",
        "from . import socket_names\nfrom .http_like import thing\n",
        "import sockets_are_not_socket\nimport sslx\n",
        "import asyncio\nasyncio.run(None)\n",
        "from email.message import EmailMessage\n",
    ],
)
def test_scanner_allows_offline_imports(source: str) -> None:
    assert scan_source(source) == []


def test_scanner_reports_location() -> None:
    (finding,) = scan_source("x = 1\nimport socket\n", path="trustdesk/x.py")
    assert (finding.path, finding.line) == ("trustdesk/x.py", 2)
    assert "socket" in str(finding)


# --- the real check -------------------------------------------------------------------------


def test_no_network_imports_in_trustdesk() -> None:
    findings: list[Finding] = []
    for path in project_sources():
        rel = path.relative_to(ROOT).as_posix()
        findings.extend(scan_source(path.read_text(encoding="utf-8"), path=rel))
    assert not findings, "network code is not allowed in TrustDesk:\n" + "\n".join(map(str, findings))
