"""The serial link: port handling, SMP console framing, request/response sessions."""

import logging

# The `smp` package logs whole packets at DEBUG, and a write request carries the credentials
# secret. Its loggers stay at INFO whatever level the station runs at (`-vv` included).
for _name in ("smp", "smpclient"):
    logging.getLogger(_name).setLevel(logging.INFO)
