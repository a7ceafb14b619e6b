"""Line peripherals beside the fixture: tower lights (and, later, label printers and scanners).

Nothing here is needed to provision: a peripheral that fails is reported and the line goes on.
Every driver is plain Python (no Qt), opened by path or address from the configuration.
"""
