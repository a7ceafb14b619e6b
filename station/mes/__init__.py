"""The plant's MES, through the vendor-neutral route facade (docs/mes-facade.openapi.yaml).

Before registering a unit the station asks "may this serial be provisioned here, with this
recipe?"; after the attempt it reports the outcome. The plant implements the facade in front of
its MES; the station never speaks a vendor's own protocol.
"""
