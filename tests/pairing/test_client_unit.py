"""Client logic on `httpx.MockTransport`: request shape, body variants per release, retries.

The same behaviour is exercised over real HTTPS against the stand-in in test_client_standin.py;
these cases pin the mapping of every body variant (master/1.4, 1.3, 1.2) and of ingress pages.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from station.cancel import Cancelled, CancelToken, Deadline
from station.errors import ConfigError
from station.pairing.client import PairingClient, normalize_base_url
from station.pairing.errors import (
    AlreadyRegistered,
    Forbidden,
    InvalidToken,
    MissingToken,
    NotFound,
    PairingError,
    RateLimited,
    ResponseTooLarge,
    SecretRejected,
    ServerError,
    UnexpectedResponse,
    Unreachable,
    ValidationFailed,
)
from station.pairing.responses import DeviceStatus, retry_after
from station.pairing.tokens import TokenScope
from station.pairing.transport import MAX_RESPONSE
from station.secret import Secret
from station.text import Text
from tests.pairing.support import FixedToken

DEVICE = "2imLILqtRP2vq0ZVy-TGRQ"
SECRET = "TTkd5OgB13X/3qU0LXU7OCxyTXz5QHM2NY1IgidtPOs="
TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJhX3BhIjpbIi4qOjouKiJdfQ.c2lnbmF0dXJlc2lnbmF0dXJl"
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("station.pairing.transport.BACKOFF_FIRST", 0.01)


def _client(handler: Handler, **options: Any) -> PairingClient:
    options.setdefault("retries", 2)
    return PairingClient(
        base_url="https://api.example.test/pairing",
        realm="test",
        tokens=FixedToken(TOKEN),
        transport=httpx.MockTransport(handler),
        **options,
    )


def _json(status: int, payload: object, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=payload, headers=headers)


def _detail(status: int, text: str) -> httpx.Response:
    return _json(status, {"errors": {"detail": text}})


def _created() -> httpx.Response:
    return _json(201, {"data": {"credentials_secret": SECRET}})


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.example.com/pairing", "https://api.example.com/pairing"),
        ("https://api.example.com/pairing/", "https://api.example.com/pairing"),
        ("  http://10.0.0.5:4003  ", "http://10.0.0.5:4003"),
        ("http://pairing.local:4003/", "http://pairing.local:4003"),
    ],
)
def test_base_urls_as_users_write_them(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("ftp://example.com/pairing", "not a Pairing URL"),
        ("api.example.com/pairing", "not a Pairing URL"),
        ("https://api.example.com/pairing/v1", "already contains /v1"),
        ("https://api.example.com/pairing/v1/test", "already contains /v1"),
        ("https://user:pw@api.example.com/pairing", "user name or password"),
        ("https://api.example.com/pairing?x=1", "query"),
    ],
)
def test_bad_base_urls(given: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        normalize_base_url(given)


@pytest.mark.parametrize("realm", ["", "Test", "1realm", "re-alm", "a" * 49])
def test_bad_realm_names(realm: str) -> None:
    with pytest.raises(ConfigError, match="realm name"):
        PairingClient(base_url="http://127.0.0.1:4003", realm=realm, tokens=FixedToken(TOKEN))


def test_register_request_shape_and_secret() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _created()

    with _client(handler) as client:
        secret = client.register(DEVICE)
        assert isinstance(secret, Secret)
        assert secret.reveal() == SECRET
        client.register(DEVICE, initial_introspection={})
        client.register(
            DEVICE,
            initial_introspection={"org.example.Values": (0, 4), "org.example.Other": (1, 0)},
        )
    first = seen[0]
    assert first.method == "POST"
    assert str(first.url) == "https://api.example.test/pairing/v1/test/agent/devices"
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.headers["content-type"] == "application/json"
    assert first.headers["accept"] == "application/json"
    assert json.loads(first.content) == {"data": {"hw_id": DEVICE}}
    assert json.loads(seen[1].content) == {"data": {"hw_id": DEVICE}}, "never null or {}"
    assert json.loads(seen[2].content)["data"]["initial_introspection"] == {
        "org.example.Values": {"major": 0, "minor": 4},
        "org.example.Other": {"major": 1, "minor": 0},
    }


def test_malformed_introspection_is_refused_before_sending() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return _created()

    bad: Any = {"org.example.Values": (2,)}
    with _client(handler) as client, pytest.raises(ValidationFailed, match="Values") as info:
        client.register(DEVICE, initial_introspection=bad)
    assert calls == []
    assert info.value.fields == {
        "initial_introspection": ["has invalid format for interface org.example.Values"]
    }
    # By its ID; the problem in Pairing's own words for the field, as its answer gives them.
    problem = "has invalid format for interface org.example.Values"
    assert info.value.text == Text.of("pairing.introspection_invalid", problems=problem)
    assert info.value.message == f"The initial introspection is invalid: {problem}."
    assert info.value.action_text == Text.of("pairing.introspection_invalid.action")


@pytest.mark.parametrize(
    "body",
    [
        {"data": {"credentials_secret": "short"}},
        {"data": {"credentials_secret": SECRET[:-1] + "A"}},  # no padding: not Astarte's shape
        {"data": {"credentials_secret": None}},
        {"credentials_secret": SECRET},  # the OpenAPI shape without `data`
        ["not", "an", "object"],
    ],
)
def test_secret_of_the_wrong_shape_is_refused_and_not_quoted(body: object) -> None:
    with _client(lambda r: _json(201, body)) as client, pytest.raises(UnexpectedResponse) as info:
        client.register(DEVICE)
    assert SECRET not in str(info.value) and SECRET[:-1] not in str(info.value)
    assert "short" not in str(info.value)


# (operation, status, body or raw response, expected class, words in the message or action)
ERROR_CASES = [
    # master / 1.4
    ("register", _detail(401, "Missing authorization token"), MissingToken, "no token"),
    ("register", _detail(401, "Invalid JWT token"), InvalidToken, "realm key"),
    ("register", _detail(403, "Forbidden"), Forbidden, "realm name is wrong"),
    (
        "register",
        _detail(
            403,
            "Unauthorized access to POST /v1/test/agent/devices. Please verify your permissions",
        ),
        Forbidden,
        "does not allow POST",
    ),
    ("register", _detail(422, "Device already registered"), AlreadyRegistered, "unregisters"),
    (
        "register",
        _json(422, {"errors": {"hw_id": ["is not a valid base64 encoded 128 bits id"]}}),
        ValidationFailed,
        "hw_id: is not a valid base64",
    ),
    (
        "register",
        _json(
            422, {"errors": {"initial_introspection": ["has negative versions in interface a.B"]}}
        ),
        ValidationFailed,
        "negative versions",
    ),
    ("register", _detail(500, "Internal server error"), ServerError, "registration limit"),
    ("unregister", _detail(404, "Device not found"), NotFound, "not registered"),
    ("unregister", _detail(500, "Internal server error"), ServerError, "internal error"),
    ("register", _detail(404, "Page not found"), NotFound, "ends in '/pairing'"),
    ("register", _detail(400, "Bad request"), UnexpectedResponse, "malformed"),
    ("register", _detail(406, "Internal server error"), UnexpectedResponse, "406"),
    ("info", _detail(403, "Forbidden"), SecretRejected, "registered again"),
    ("info", _detail(401, "Unauthorized"), MissingToken, "Authorization header"),
    ("info", _detail(404, "Device not found"), NotFound, "not registered"),
    # 1.3 / 1.2
    ("register", _detail(401, "Unauthorized"), MissingToken, "no token"),
    ("unregister", _detail(401, "Unauthorized"), MissingToken, "no token"),
    (
        "register",
        _json(422, {"errors": {"error_name": ["already_registered"]}}),
        AlreadyRegistered,
        "already registered",
    ),
    (
        "register",
        _json(422, {"errors": {"error_name": ["device_registration_limit_reached"]}}),
        ServerError,
        "registration limit",
    ),
    # ingress pages
    (
        "register",
        httpx.Response(404, text="<html>404 page not found</html>"),
        NotFound,
        "no Pairing API",
    ),
    (
        "register",
        httpx.Response(502, text="<html>Bad Gateway</html>"),
        ServerError,
        "not available",
    ),
    (
        "register",
        httpx.Response(429, text="slow down", headers={"Retry-After": "7"}),
        RateLimited,
        "wait 7 s",
    ),
]


@pytest.mark.parametrize(("operation", "response", "cls", "words"), ERROR_CASES)
def test_error_mapping(
    operation: str, response: httpx.Response, cls: type[PairingError], words: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            response.status_code, content=response.content, headers=response.headers
        )

    with _client(handler, retries=0) as client, pytest.raises(PairingError) as info:
        if operation == "register":
            client.register(DEVICE)
        elif operation == "unregister":
            client.unregister(DEVICE)
        else:
            client.device_info(DEVICE, Secret(SECRET))
    error = info.value
    assert type(error) is cls
    assert words in str(error)
    assert error.status == response.status_code
    assert error.action
    assert SECRET not in str(error) and TOKEN not in str(error)
    if cls is Forbidden and "realm name" in words:
        for cause in ("realm", "a_pa", "expired", "key"):
            assert cause in error.action


def test_device_info_shape() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {SECRET}"
        assert request.url.path == f"/pairing/v1/test/devices/{DEVICE}"
        return _json(
            200,
            {
                "data": {
                    "version": "1.3.3",
                    "status": "pending",
                    "protocols": {
                        "astarte_mqtt_v1": {"broker_url": "mqtts://broker.example:8883/"}
                    },
                }
            },
        )

    with _client(handler) as client:
        info = client.device_info(DEVICE, Secret(SECRET))
    assert info.status is DeviceStatus.PENDING
    assert info.version == "1.3.3"
    assert info.broker_url == "mqtts://broker.example:8883/"


def test_device_info_in_astarte_go_mock_shape_is_refused() -> None:
    go_mock = _json(200, {"data": {"broker_url": "mqtts://x:8883"}})
    with (
        _client(lambda r: go_mock) as client,
        pytest.raises(UnexpectedResponse, match="incomplete"),
    ):
        client.device_info(DEVICE, Secret(SECRET))


def _sequence(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    calls: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler, calls


def test_5xx_and_connection_errors_are_retried_then_succeed() -> None:
    handler, calls = _sequence(
        _detail(503, "Internal server error"), httpx.ConnectError("refused"), _created()
    )
    with _client(handler) as client:
        assert client.register(DEVICE).reveal() == SECRET
    assert len(calls) == 3


def test_retries_are_bounded() -> None:
    handler, calls = _sequence(*[_detail(500, "Internal server error")] * 3)
    with _client(handler, retries=2) as client, pytest.raises(ServerError):
        client.register(DEVICE)
    assert len(calls) == 3


@pytest.mark.parametrize("status", [401, 403, 404, 422, 400])
def test_4xx_is_never_retried(status: int) -> None:
    handler, calls = _sequence(_detail(status, "x"), _created())
    with _client(handler) as client, pytest.raises(PairingError):
        client.register(DEVICE)
    assert len(calls) == 1


def test_429_honours_retry_after() -> None:
    handler, calls = _sequence(httpx.Response(429, headers={"Retry-After": "0"}), _created())
    with _client(handler) as client:
        client.register(DEVICE)
    assert len(calls) == 2


def test_retry_after_beyond_the_deadline_ends_the_retries_at_once() -> None:
    handler, calls = _sequence(httpx.Response(429, headers={"Retry-After": "20"}), _created())
    started = time.monotonic()
    with _client(handler) as client, pytest.raises(RateLimited) as info:
        client.register(DEVICE, deadline=Deadline(10.0))
    assert time.monotonic() - started < 5.0
    assert len(calls) == 1
    assert info.value.retry_after == 20


def test_retry_after_beyond_the_longest_wait_is_not_waited_out() -> None:
    handler, calls = _sequence(httpx.Response(429, headers={"Retry-After": "3600"}), _created())
    with _client(handler) as client, pytest.raises(RateLimited, match="wait 3600 s"):
        client.register(DEVICE)
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        ("-3", 0.0),
        ("Sun, 06 Nov 1994 08:49:47 GMT", 12.0),
        ("Sun, 06 Nov 1994 08:49:20 GMT", 0.0),
        ("soon", None),
        ("nan", None),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(header: str, expected: float | None) -> None:
    now = datetime(1994, 11, 6, 8, 49, 35, tzinfo=UTC).timestamp()
    response = httpx.Response(429, headers={"Retry-After": header})
    assert retry_after(response, now=now) == expected


def test_health_503_is_an_answer_not_a_retry() -> None:
    handler, calls = _sequence(httpx.Response(503))
    with _client(handler) as client:
        assert client.health() is False
    assert len(calls) == 1
    assert str(calls[0].url) == "https://api.example.test/pairing/health"
    assert "authorization" not in calls[0].headers


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


def test_health_gives_up_at_its_deadline_instead_of_waiting_out_every_retry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Backoff of 2 s then 4 s: without the deadline the check would take about 6 s.
    monkeypatch.setattr("station.pairing.transport.BACKOFF_FIRST", 2.0)
    with _client(_refused) as client:
        started = time.monotonic()
        with pytest.raises(Unreachable):
            client.health(deadline=Deadline(0.5))
        assert time.monotonic() - started < 4.0  # the uncut retries would take about 6 s


def test_health_is_cancelled_between_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("station.pairing.transport.BACKOFF_FIRST", 2.0)
    cancel = CancelToken()
    attempted = threading.Event()

    def refused(request: httpx.Request) -> httpx.Response:
        attempted.set()
        return _refused(request)

    with _client(refused) as client:

        def close_window() -> None:
            if attempted.wait(5):
                cancel.cancel("closing")

        closer = threading.Thread(target=close_window)
        closer.start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            client.health(cancel=cancel)
        closer.join()
        assert time.monotonic() - started < 4.0  # the uncut retries would take about 6 s


def test_version() -> None:
    with _client(lambda r: _json(200, {"data": "1.3.3"})) as client:
        assert client.version() == "1.3.3"


def test_probe_auth_accepts_only_the_blank_hw_id_answer() -> None:
    seen: list[httpx.Request] = []

    def ok(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _json(422, {"errors": {"hw_id": ["can't be blank"]}})

    with _client(ok) as client:
        client.probe_auth()
    assert json.loads(seen[0].content) == {"data": {"hw_id": ""}}
    with _client(lambda r: _detail(403, "Forbidden")) as client, pytest.raises(Forbidden):
        client.probe_auth()
    with _client(lambda r: _created()) as client, pytest.raises(UnexpectedResponse) as accepted:
        client.probe_auth()
    assert accepted.value.text == Text.of("pairing.probe_accepted")
    assert accepted.value.message == (
        "Testing the connection: the server accepted a registration with an empty device ID, "
        "which Astarte Pairing never does."
    )
    assert accepted.value.action_text == Text.of("pairing.probe_accepted.action")


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (httpx.ConnectError("x"), "could not reach"),
        (httpx.ConnectTimeout("x"), "did not accept a connection"),
        (httpx.ReadTimeout("x"), "may or may not have happened"),
        (httpx.RemoteProtocolError("x"), "dropped mid-request"),
        (httpx.PoolTimeout("x"), "no connection"),
    ],
)
def test_network_failures_are_unreachable(exc: Exception, words: str) -> None:
    handler, _ = _sequence(exc)
    with _client(handler, retries=0) as client, pytest.raises(Unreachable, match=words):
        client.register(DEVICE)


def test_dns_and_refused_are_named() -> None:
    def raising(cause: OSError) -> Handler:
        def handler(request: httpx.Request) -> httpx.Response:
            try:
                raise cause
            except OSError as err:
                raise httpx.ConnectError(str(err)) from err

        return handler

    dns = raising(socket.gaierror(-2, "Name or service not known"))
    with _client(dns, retries=0) as c, pytest.raises(Unreachable, match="could not be resolved"):
        c.health()
    refused = raising(ConnectionRefusedError(111, "Connection refused"))
    with _client(refused, retries=0) as c, pytest.raises(Unreachable, match="refused the conn"):
        c.health()


def test_cancel_stops_before_sending() -> None:
    handler, calls = _sequence(_created())
    cancel = CancelToken()
    cancel.cancel()
    with _client(handler) as client, pytest.raises(Cancelled):
        client.register(DEVICE, cancel=cancel)
    assert calls == []


def test_registrations_in_flight_are_limited() -> None:
    lock = threading.Lock()
    active = [0, 0]  # now, max
    overlapped = {2: threading.Event(), 3: threading.Event()}

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
            if active[0] in overlapped:
                overlapped[active[0]].set()
        # Hold each call until two overlap, however slowly the threads start, then give a
        # third the chance to join, which only a limit above 2 would let happen.
        overlapped[2].wait(5)
        overlapped[3].wait(0.3)
        with lock:
            active[0] -= 1
        return _created()

    with _client(handler, max_in_flight=2) as client:
        threads = [threading.Thread(target=client.register, args=(DEVICE,)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert active[1] == 2


def test_tokens_are_asked_per_call_with_the_call_scope() -> None:
    tokens = FixedToken(TOKEN)
    handler = lambda r: httpx.Response(204) if r.method == "DELETE" else _created()  # noqa: E731
    with PairingClient(
        base_url="http://127.0.0.1:4003",
        realm="test",
        tokens=tokens,
        transport=httpx.MockTransport(handler),
    ) as client:
        client.register(DEVICE)
        client.unregister(DEVICE)
    assert tokens.scopes == [TokenScope.register(), TokenScope.unregister(DEVICE)]


def test_no_secret_or_token_in_logs_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = _sequence(_detail(503, "x"), _created(), _detail(403, "Forbidden"))
    with caplog.at_level(logging.DEBUG), _client(handler) as client:
        secret = client.register(DEVICE)
        with pytest.raises(SecretRejected) as info:
            client.device_info(DEVICE, secret)
        assert SECRET not in repr(client) and TOKEN not in repr(client)
    assert caplog.records, "the client logs what it does"
    for text in (caplog.text, repr(info.value), str(info.value), repr(secret)):
        assert SECRET not in text
        assert TOKEN not in text


@pytest.mark.parametrize("token", ["", "two words", "line\nbreak", "tab\there", "nön-ascii.x.y"])
def test_a_token_that_cannot_be_a_header_is_refused_before_sending(token: str) -> None:
    handler, calls = _sequence(_created())
    with (
        PairingClient(
            base_url="https://api.example.test/pairing",
            realm="test",
            tokens=FixedToken(token),
            transport=httpx.MockTransport(handler),
        ) as client,
        pytest.raises(MissingToken, match="nothing was sent") as info,
    ):
        client.register(DEVICE)
    assert calls == []
    if token:
        assert token not in str(info.value) and info.value.__context__ is None


def test_a_secret_that_cannot_be_a_header_is_rejected_before_sending() -> None:
    handler, calls = _sequence(_created())
    garbled = "gärbled secret from a foreign record"
    with _client(handler) as client, pytest.raises(SecretRejected) as info:
        client.device_info(DEVICE, Secret(garbled))
    assert calls == []
    assert info.value.status is None
    assert garbled not in str(info.value) and info.value.__context__ is None


def test_an_answer_without_a_length_is_read_only_up_to_the_cap() -> None:
    produced = []

    def endless() -> Iterator[bytes]:
        # A JSON document that never ends: only the cap stops the reading.
        yield b'{"data":{"credentials_secret":"'
        while True:
            produced.append(1)
            yield b"A" * 65536

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=endless())

    with _client(handler) as client, pytest.raises(ResponseTooLarge, match="larger than 1 MiB"):
        client.register(DEVICE)
    assert 16 <= len(produced) <= 18
    assert isinstance(ResponseTooLarge("x"), UnexpectedResponse)


def test_an_answer_at_the_cap_is_read() -> None:
    body = json.dumps({"data": {"credentials_secret": SECRET}}).encode()
    padded = body.ljust(MAX_RESPONSE)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept-encoding"] == "identity"
        return httpx.Response(201, content=iter([padded[:1000], padded[1000:]]))

    with _client(handler) as client:
        assert client.register(DEVICE).reveal() == SECRET
