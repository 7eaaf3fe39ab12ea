"""The built-in runner, answering on its I/O loop (`--threads 1`, the default) or with
waitress's thread pool: big responses, pipelined requests and failing requests, on a
real listening socket."""

import http.client
import multiprocessing
import os
import socket
import time
from pathlib import Path

import pytest

from assistant.serving import run_waitress

BIG = 40 * 1024 * 1024  # past waitress's 16 MB high watermark, and the socket buffers


def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/fail":
        raise RuntimeError("a request that fails")
    if path == "/big":
        start_response("200 OK", [("Content-Length", str(BIG))])
        return (b"x" * (1024 * 1024) for _ in range(BIG // (1024 * 1024)))
    body = path.encode()
    start_response("200 OK", [("Content-Length", str(len(body)))])
    return [body]


def start(threads: int, sends=None):
    """The runner in a forked process on a fresh loopback socket: (process, port).
    With `sends` (a shared int) it counts its socket sends there."""
    listener = socket.create_server(("127.0.0.1", 0))
    target, args = (run_waitress, (app, threads)) if sends is None else (counting, (sends, threads))
    server = multiprocessing.get_context("fork").Process(
        target=target, args=args, kwargs={"sockets": [listener]}, daemon=True
    )
    server.start()
    port = listener.getsockname()[1]
    listener.close()  # the server holds its own copy
    return server, port


@pytest.fixture(params=[1, 4], ids=["on the loop", "4 threads"])
def port(request):
    server, number = start(request.param)
    yield number
    server.kill()
    server.join()


@pytest.fixture
def connect(port):
    """Keep-alive connections to the server, closed after the test."""
    opened = []

    def connection() -> http.client.HTTPConnection:
        opened.append(http.client.HTTPConnection("127.0.0.1", port, timeout=20))
        return opened[-1]

    yield connection
    for connection in opened:
        connection.close()


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def test_a_response_past_the_high_watermark_arrives_whole(connect):
    # A reader slower than the app: the response piles up in the server's buffers.
    # Past waitress's own watermark the loop would wait for itself to send: forever.
    connection = connect()
    connection.request("GET", "/big")
    time.sleep(1)
    response = connection.getresponse()
    status, body = response.status, response.read()
    assert status == 200
    assert len(body) == BIG
    assert get(connection, "/after") == (200, b"/after")


def test_pipelined_requests_are_answered_in_order(port):
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as connection,
        connection.makefile("rb") as reader,
    ):
        connection.sendall(b"".join(b"GET /%d HTTP/1.1\r\nHost: x\r\n\r\n" % n for n in range(5)))
        for n in range(5):
            assert reader.readline().startswith(b"HTTP/1.1 200 ")
            head = b"".join(iter(reader.readline, b"\r\n")).lower()
            length = int(head.split(b"content-length:")[1].split(b"\r\n")[0])
            assert reader.read(length) == b"/%d" % n


def test_a_failing_request_gets_500_and_the_worker_goes_on(connect):
    assert get(connect(), "/fail")[0] == 500
    assert get(connect(), "/still-here") == (200, b"/still-here")


def counting(sends, threads: int, sockets: list[socket.socket]) -> None:
    """The runner, counting its socket sends in `sends`."""
    from waitress import wasyncore

    send = wasyncore.dispatcher.send

    def counted(self, data, do_close=True):
        with sends.get_lock():
            sends.value += 1
        return send(self, data, do_close)

    wasyncore.dispatcher.send = counted
    run_waitress(app, threads, sockets=sockets)


def test_a_response_on_the_loop_leaves_in_one_send():
    # Head and body sent apart wake the client twice for one answer.
    sends = multiprocessing.get_context("fork").Value("i", 0)
    server, port = start(1, sends)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for n in range(10):
            assert get(connection, f"/{n}") == (200, b"/%d" % n)
        connection.close()
        assert sends.value == 10
    finally:
        server.kill()
        server.join()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_worker_on_the_loop_sleeps_when_questions_stop():
    # After an answer the loop polls without sleeping for a moment; then it must sleep.
    server, port = start(1)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for n in range(20):
            assert get(connection, f"/{n}")[0] == 200
        connection.close()
        time.sleep(0.2)
        before = cpu_seconds(server.pid)
        time.sleep(2)
        assert cpu_seconds(server.pid) - before < 0.2  # a spin that never stopped: ~2 s
    finally:
        server.kill()
        server.join()
