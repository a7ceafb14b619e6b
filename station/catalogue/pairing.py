"""Pairing's answers and the network under them (station/pairing/responses.py, transport.py)."""

from __future__ import annotations

from station.catalogue._plural import Plural

TEXTS: dict[str, str | Plural] = {
    # What was asked (`Call.what`).
    "pairing.what.register": "Registering",
    "pairing.what.register.device": "Registering device {device}",
    "pairing.what.unregister": "Unregistering",
    "pairing.what.unregister.device": "Unregistering device {device}",
    "pairing.what.device_info": "Checking the secret of",
    "pairing.what.device_info.device": "Checking the secret of device {device}",
    "pairing.what.probe": "Testing the connection",
    "pairing.what.health": "Checking Pairing's health",
    "pairing.what.version": "Reading Pairing's version",
    "pairing.said": " (Pairing said: {detail})",
    # Pairing's answers.
    "pairing.no_secret": "{what}: Pairing did not receive the credentials secret (401){said}.",
    "pairing.no_secret.action": (
        "A proxy between this station and Astarte may strip the Authorization header; ask the "
        "network administrator."
    ),
    "pairing.invalid_token": "{what}: Pairing rejected the token as invalid (401){said}.",
    "pairing.invalid_token.action": (
        "The token is malformed or not signed by this realm's key: check the target's realm key "
        "or issued token."
    ),
    "pairing.no_token": "{what}: Pairing received no token (401){said}.",
    "pairing.no_token.action": (
        "A proxy between this station and Astarte may strip the Authorization header."
    ),
    "pairing.secret_rejected": (
        "{what}: Pairing does not accept this credentials secret (403){said}."
    ),
    "pairing.secret_rejected.action": (
        "The device was registered again since (only the latest secret works), or it was "
        "unregistered, or realm {realm} is wrong."
    ),
    "pairing.not_allowed": "{what}: the token does not allow {method} {path} (403).",
    "pairing.not_allowed.action": (
        "Give the target a token whose a_pa claim allows this call (e.g. 'POST::agent/devices')."
    ),
    "pairing.forbidden": "{what}: Pairing refused the call for realm {realm} (403){said}.",
    "pairing.forbidden.action": (
        "Check, in this order: 1) the realm name is wrong or the realm does not exist on this "
        "Astarte; 2) the token's a_pa claim does not allow this call; 3) the token has expired "
        "(Astarte allows no clock skew: check this PC's clock); 4) the token was signed with a "
        "key that is not this realm's key"
    ),
    "pairing.device_not_found": "{what}: the device is not registered in realm {realm}.",
    "pairing.device_not_found.action": "Check the device ID and realm.",
    "pairing.no_api": "{what}: there is no Pairing API at this URL (404){said}.",
    "pairing.no_api.action": (
        "Check the target's Pairing URL: through the Astarte ingress it ends in '/pairing' "
        "(https://api.<domain>/pairing); directly it is http://<host>:4003."
    ),
    "pairing.rate_limited": (
        "{what}: a gateway in front of Pairing is limiting the request rate (429)."
    ),
    "pairing.rate_limited.action": (
        "Lower the number of registrations in flight for this target, or ask the Astarte "
        "operator to raise the ingress limit."
    ),
    "pairing.rate_limited.wait_action": (
        "Lower the number of registrations in flight for this target, or ask the Astarte "
        "operator to raise the ingress limit. It asked to wait {wait} s."
    ),
    "pairing.unavailable": "{what}: Pairing is not available ({status}){said}.",
    "pairing.unavailable.action": (
        "The Astarte service or its gateway is down or restarting; try again in a minute and "
        "tell the Astarte operator if it persists."
    ),
    "pairing.internal": "{what}: Pairing failed with an internal error ({status}){said}.",
    "pairing.internal.action": "Tell the Astarte operator; the Pairing logs show the cause.",
    "pairing.internal.register_action": (
        "A 500 on registration often means the realm reached its device registration limit: "
        "ask the Astarte operator to check the realm's device_registration_limit. Tell the "
        "Astarte operator; the Pairing logs show the cause."
    ),
    "pairing.malformed": "{what}: Pairing rejected the request as malformed (400){said}.",
    "pairing.not_pairing.action": (
        "Check that the Pairing URL points at Astarte Pairing, not another service."
    ),
    "pairing.unexpected_status": (
        "{what}: Pairing answered with an unexpected status {status}{said}."
    ),
    "pairing.already_registered": (
        "{what}: the device is already registered and has used its credentials secret."
    ),
    "pairing.already_registered.action": (
        "It cannot be provisioned again until a supervisor approves rework and unregisters it."
    ),
    "pairing.limit": "{what}: the realm reached its device registration limit.",
    "pairing.limit.action": (
        "Ask the Astarte operator to raise the realm's device_registration_limit."
    ),
    "pairing.rejected": "{what}: Pairing rejected the request (422).",
    "pairing.rejected.action": "Check the device ID and initial introspection.",
    "pairing.rejected.hw_id_action": (
        "The device ID must be 22 characters of base64url (16 bytes)."
    ),
    "pairing.rejected.introspection_action": (
        "Every interface in the initial introspection needs non-negative integer major and "
        "minor versions."
    ),
    "pairing.rejected_fields": "{what}: Pairing rejected the request: {fields}.",
    "pairing.not_an_answer": "{what}: the answer ({status}) is not a Pairing API response.",
    "pairing.check_url.action": "Check that the Pairing URL points at Astarte Pairing.",
    "pairing.no_secret_shape": (
        "{what}: Pairing's answer does not hold a credentials secret of the expected shape (44 "
        "characters of base64)."
    ),
    "pairing.no_secret_shape.action": (
        "Check that the Pairing URL points at Astarte Pairing; do not write anything to the device."
    ),
    "pairing.incomplete_info": (
        "{what}: Pairing's device information is incomplete (status, version or broker URL "
        "missing)."
    ),
    "pairing.bad_version": "{what}: the version is not a string.",
    # The network on the way (transport.py).
    "pairing.no_time": "{what}: no time was left to reach Pairing.",
    "pairing.no_time.action": "Check the network and the Pairing URL, then retry.",
    "pairing.too_large": (
        "{what}: the answer from {host} ({status}) is larger than {mib} MiB; no Pairing answer "
        "is, so it was not read."
    ),
    "pairing.too_large.action": (
        "Check that the Pairing URL points at Astarte Pairing: another service or a proxy's "
        "page is answering."
    ),
    "pairing.network.action": (
        "Check the network cable, the PC's network settings and the Pairing URL."
    ),
    "pairing.connect_timeout": "{what}: {host} did not accept a connection within {timeout} s.",
    "pairing.pool_timeout": "{what}: no connection to {host} became free within {timeout} s.",
    "pairing.pool_timeout.action": "Lower the number of slots working at once.",
    "pairing.read_timeout": (
        "{what}: {host} did not answer in time (no complete reply within {timeout} s)."
    ),
    "pairing.read_timeout.register": (
        "{what}: {host} did not answer in time (no complete reply within {timeout} s). The "
        "registration may or may not have happened; registering again is safe because only "
        "the latest secret counts."
    ),
    "pairing.dns": "{what}: the host name {host} could not be resolved (DNS).",
    "pairing.dns.action": "Check the Pairing URL's host name and this PC's DNS settings.",
    "pairing.refused": "{what}: {host} refused the connection (nothing listens on that port).",
    "pairing.refused.action": "Check the port in the Pairing URL and that Pairing is running.",
    "pairing.no_route": "{what}: there is no network route to {host}.",
    "pairing.dropped": "{what}: the connection to {host} was dropped mid-request.",
    "pairing.unreachable": "{what}: could not reach {host} ({kind}).",
    "pairing.secret_not_base64": (
        "The credentials secret is not base64 text, so it cannot be an Astarte secret; nothing "
        "was sent."
    ),
    "pairing.secret_not_base64.action": (
        "The device holds a record the station did not write: set it aside for the supervisor."
    ),
    "pairing.token_malformed": (
        "The target's token source gave an empty or malformed token; nothing was sent."
    ),
    "pairing.token_malformed.action": (
        "Check the target's token settings (station target set-token, or the token command's "
        "output)."
    ),
    "pairing.places_busy": (
        "{what}: every registration place for this target stayed busy until the deadline."
    ),
    "pairing.places_busy.action": "Retry; if it persists, Pairing is answering slowly.",
    # Tokens refused before anything is sent (station/pairing/tokens/). Never the token itself.
    "token.what.default": "The token",
    "token.what.pasted": "The pasted token",
    "token.what.stdin": "The token on standard input",
    "token.what.command": "The token printed by {name}",
    "token.what.issued": "The issued token",
    "token.what.issued_of": "The issued token of target {target}",
    "token.claim_not_number": "The token's {claim} claim is not a number of seconds.",
    "token.ask_new.action": "Ask for a new token.",
    "token.empty": "{what} is empty.",
    "token.spaces": "{what} contains spaces or line breaks.",
    "token.not_jwt": "{what} is not a readable JWT.",
    "token.jwt.action": (
        "Provide the JWT itself: three base64url parts separated by dots, no 'Bearer ' prefix."
    ),
    "token.no_algorithm": "no algorithm",
    "token.algorithm": "{what} is signed with {algorithm}; Pairing accepts only {allowed}.",
    "token.algorithm.action": (
        "Mint the token with the realm's private key (astartectl utils gen-jwt pairing)."
    ),
    "token.expired": "{what} has expired (at {when} UTC).",
    "token.expires_now": "{what} expires in seconds (at {when} UTC).",
    "token.expired.not_stored": "{what} has expired (at {when} UTC); it was not stored.",
    "token.expires_now.not_stored": (
        "{what} expires within seconds (at {when} UTC); it was not stored."
    ),
    "token.new.action": "A supervisor provides a new token (station target set-token).",
    "token.not_yet_valid": (
        "{what} is not valid before {when} UTC, and Pairing allows no clock skew."
    ),
    "token.not_yet_valid.action": (
        "Check this PC's clock, or ask for a token without an 'nbf' claim."
    ),
    "token.scope": "{what} does not allow {scope} (its a_pa claim allows: {allowed}).",
    "token.scope.action": "Ask for a token whose a_pa includes {claim}.",
    "token.command.action": (
        "Check the token command of this target ({name}) by running it by hand."
    ),
    "token.command.only_token.action": (
        "Check the token command of this target ({name}) by running it by hand. It must print "
        "only the token."
    ),
    "token.command.timeout": (
        "The token command {name} did not finish within {seconds} s and was stopped."
    ),
    "token.command.too_much": (
        "The token command {name} printed more than {kib} KiB and was stopped; a token is a few "
        "hundred bytes."
    ),
    "token.command.not_started": "The token command {name} could not be started: {reason}.",
    "token.command.exit": "The token command {name} failed with exit status {status}.",
    "token.command.exit_said": (
        "The token command {name} failed with exit status {status}: {said}"
    ),
    "token.command.lines": (
        "The token command {name} printed {n} lines; it must print exactly one line: the token."
    ),
    # Device IDs refused before they reach Pairing (station/pairing/device_id.py).
    "device_id.canonical.action": (
        "Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without '=' "
        "padding, as `station` and astartectl print it."
    ),
    "device_id.use.action": "Use {device}.",
    "device_id.not_text": "A device ID must be text, not {kind}.",
    "device_id.empty": "The device ID is empty.",
    "device_id.padded": (
        "Device ID {shown} has '=' padding. Pairing would accept it as the same device as "
        "{core}, so the padded spelling would create a second name for one device."
    ),
    "device_id.alphabet": "Device ID {shown} contains characters outside base64url: {bad}.",
    "device_id.alphabet.standard": (
        "Device ID {shown} contains characters outside base64url: {bad} ('+' and '/' are "
        "standard base64, not base64url)."
    ),
    "device_id.short": Plural(
        "Device ID {shown} has {n} character; a device ID has exactly 22 (16 bytes).",
        "Device ID {shown} has {n} characters; a device ID has exactly 22 (16 bytes).",
        count="n",
    ),
    "device_id.long": (
        "Device ID {shown} has {n} characters. Pairing would register it under its first 16 "
        "bytes only, the same device as {same}, so the longer form aliases another id."
    ),
    "device_id.not_canonical": (
        "Device ID {shown} is not canonical: its last character carries bits beyond the 16 "
        "bytes, which Pairing ignores, so it is the same device as {same}."
    ),
    "device_id.not_uuid": "{value} is not a UUID.",
    "device_id.uuid.action": "Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c.",
    # The OS keyring (station/pairing/keystore.py): never the key, token or password itself.
    "keystore.action": (
        "Start a Secret Service (gnome-keyring) in this desktop session and unlock it, then try "
        "again. The station never falls back to storing keys or tokens in a file."
    ),
    "keystore.unlock.action": (
        "Unlock the keyring: answer its unlock prompt on this PC's desktop (or unlock the "
        "'Login' keyring in Passwords and Keys), then try again. The station never falls back "
        "to storing keys or tokens in a file."
    ),
    "keystore.bad_target": "{target} is not a valid target name.",
    "keystore.bad_target.action": (
        "Use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit."
    ),
    "keystore.refused": "Cannot use the keyring: {reason}.",
    "keystore.reason.no_backend": "no OS keyring backend is available",
    "keystore.reason.null": ("the keyring is configured as the null backend, which stores nothing"),
    "keystore.reason.file": (
        "the keyring backend {name} keeps secrets in a file, not in the OS keyring"
    ),
    "keystore.reason.locked": "the keyring is locked",
    "keystore.reason.no_collection": (
        "the Secret Service could not open its collection (locked or not running)"
    ),
    "keystore.reason.other": "the keyring reported {kind}",
    "keystore.cannot": "Cannot {doing}: {reason}.",
    "keystore.no_answer": (
        "Cannot {doing}: the keyring did not answer within {seconds} s; it is probably locked "
        "and waiting for its unlock prompt."
    ),
    "keystore.doing.store": "store the {kind} of target {target}",
    "keystore.doing.read": "read the {kind} of target {target}",
    "keystore.doing.delete": "delete the {kind} of target {target}",
    "keystore.key_not_text": "The key file has bytes that are not text around the PEM block.",
    "keystore.key_not_text.action": (
        "Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN)."
    ),
    "keystore.no_realm_key": "No realm key is stored for target {target}.",
    "keystore.no_realm_key.action": (
        "A supervisor runs `station target import-key {name} --file <realm>_private.pem`."
    ),
    "keystore.no_token": "No issued token is stored for target {target}.",
    "keystore.no_token.action": (
        "A supervisor pipes a token into `station target set-token {name}`."
    ),
    "keystore.no_fleet_password": (
        "No password for the fleet role {role} is stored in this PC's keyring."
    ),
    "keystore.no_fleet_password.action": (
        "Plant IT gives the password printed by `station fleet add-station`; store it with "
        "`station fleet set-password`."
    ),
    # Realm private keys refused before they reach the keyring (station/pairing/keys.py).
    "keys.file": "The file",
    "keys.file.in": "The file in {source}",
    "keys.private": "The private key",
    "keys.private.in": "The private key in {source}",
    "keys.ec": "The EC key",
    "keys.ec.in": "The EC key in {source}",
    "keys.rsa": "The RSA key",
    "keys.rsa.in": "The RSA key in {source}",
    "keys.key": "The key",
    "keys.key.in": "The key in {source}",
    "keys.source.keyring": "the keyring entry of target {target}",
    "keys.action": (
        "Use the realm's private key as astartectl writes it (`<realm>_private.pem`: EC "
        "P-256/P-384/P-521 or RSA, PEM, not encrypted)."
    ),
    "keys.public": "{what} holds a public key; signing tokens needs the realm's private key.",
    "keys.encrypted": "{what} is protected by a passphrase.",
    "keys.encrypted.action": (
        "Export it without a passphrase (e.g. `openssl pkey -in KEY -out PLAIN`), import that, "
        "then delete the plain copy."
    ),
    "keys.not_pem": "{what} is not a PEM key (no '-----BEGIN' line).",
    "keys.corrupt": "{what} could not be read: the PEM is corrupt or truncated ({reason}).",
    "keys.curve": (
        "{what} uses curve {curve}; Astarte accepts only P-256, P-384 and P-521 "
        "(ES256/ES384/ES512)."
    ),
    "keys.rsa_short": "{what} has only {bits} bits.",
    "keys.rsa_short.action": "Use a realm key of at least {bits} bits.",
    "keys.kind": (
        "{what} is a {kind} key; Astarte verifies only EC (ES256/384/512) and RSA tokens."
    ),
    # The realm key file a supervisor points at (station/pairing/keyfile.py).
    "keys.file.unreadable": "Cannot read {path}: {reason}.",
    "keys.file.unreadable.action": "Check the path and that you may read the file.",
    "keys.file.too_large": "{path} is larger than {kib} KiB: too large to be a private key.",
    "keys.file.too_large.action": "Choose the realm's private key file (<realm>_private.pem).",
    # The lifetime of a token minted with the realm key (station/pairing/tokens/realm_key.py).
    "token.ttl_out_of_range": "The token lifetime {ttl} s is outside {low} to {high} s.",
    "token.ttl_out_of_range.action": (
        "Set the target's token_ttl_s to a value from {low} to {high} (docs/configuration.md)."
    ),
    # The target's Pairing URL and realm (station/pairing/client.py); the URL as written.
    "pairing.url.not_a_url": "{url} is not a Pairing URL.",
    "pairing.url.userinfo": "The Pairing URL must not contain a user name or password.",
    "pairing.url.query": "The Pairing URL {url} has a query or fragment.",
    "pairing.url.has_v1": "The Pairing URL {url} already contains /v1.",
    "pairing.url.fix": (
        "Write it as https://api.<your-domain>/pairing (through the Astarte ingress) or "
        "http://<host>:4003 (the Pairing service directly)."
    ),
    "pairing.url.has_v1.action": "Leave out /v1 and the realm: the station adds them. {fix}",
    "pairing.realm_invalid": "{realm} is not a valid Astarte realm name.",
    "pairing.realm_invalid.action": (
        "A realm name is lower-case letters and digits, starting with a letter, at most 48 "
        "characters."
    ),
    # Checked before it is sent; the problems in Pairing's own words for the field.
    "pairing.introspection_invalid": "The initial introspection is invalid: {problems}.",
    "pairing.introspection_invalid.action": (
        "Every interface needs a name and a (major, minor) pair of integers."
    ),
    # "Test connection" (PairingClient.probe).
    "pairing.probe_accepted": (
        "Testing the connection: the server accepted a registration with an empty device ID, "
        "which Astarte Pairing never does."
    ),
    "pairing.probe_accepted.action": "Check that the Pairing URL points at Astarte Pairing.",
    # TLS to Pairing (station/pairing/tls.py): OpenSSL's words stay as it gave them.
    "tls.ca_missing": "The CA bundle {path} does not exist.",
    "tls.ca_missing.action": (
        "Fix the target's CA bundle path, or remove it to use the system's trusted CAs only."
    ),
    "tls.ca_unreadable": (
        "The CA bundle {path} could not be loaded ({kind}): it must hold PEM certificates."
    ),
    "tls.ca_unreadable.action": "Export the CA certificates of the Astarte ingress as PEM.",
    "tls.trusted.system": "the system's trusted CAs",
    "tls.trusted.and": "the system's trusted CAs and {path}",
    "tls.unknown_ca": (
        "The certificate of {host} is not signed by a CA this station trusts ({trusted})."
    ),
    "tls.unknown_ca.action": (
        "Set the target's CA bundle to the CA that signed the Astarte ingress certificate; if "
        "the CA is the right one, this may be an interception proxy."
    ),
    "tls.hostname_mismatch": (
        "The certificate presented by {host} is for another host name or IP address."
    ),
    "tls.hostname_mismatch.action": (
        "Use the host name the certificate was issued for in the Pairing URL."
    ),
    "tls.expired": "The certificate of {host} (or its CA) has expired.",
    "tls.expired.action": (
        "Ask the Astarte operator to renew the ingress certificate; also check this PC's clock."
    ),
    "tls.not_yet_valid": "The certificate of {host} is not valid yet.",
    "tls.not_yet_valid.action": "Check this PC's clock and time zone.",
    "tls.certificate": "The certificate of {host} failed verification: {detail}.",
    "tls.certificate.action": "Ask the Astarte operator to check the ingress certificate.",
    "tls.not_tls": "{host} did not answer with TLS.",
    "tls.not_tls.action": (
        "If the Pairing service is reached directly without TLS, write the URL with http://; "
        "otherwise check the port."
    ),
    "tls.handshake": "The TLS handshake with {host} failed ({reason}).",
    "tls.handshake.action": (
        "Check the Pairing URL and port, and that the server supports TLS 1.2 or newer."
    ),
}
