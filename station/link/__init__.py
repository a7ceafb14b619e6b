"""The serial link: port handling, SMP console framing, request/response sessions."""
