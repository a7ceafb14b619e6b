"""The serial link: port handling, SMP console framing, request/response sessions."""

import logging

# The `smp` package logs whole packets at DEBUG (`logger.debug(f"Serializing {request=}")`,
# https://github.com/JPHutchins/smp/blob/edb8a012d8e9fa5b85e524296b73f8e44c0ecdae/smp/packet.py#L78),
# and a write request carries the credentials secret. Its loggers stay at INFO whatever level
# the station runs at (`-vv` included).
for _name in ("smp", "smpclient"):
    logging.getLogger(_name).setLevel(logging.INFO)
