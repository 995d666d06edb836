#!/usr/bin/env python3
"""A local, loopback-only stand-in for Entra ID and Microsoft Graph, so the API can be load-tested in its Production
configuration with real token validation (the same shape as the API tests' local identity provider and fake Graph).

    local-cloud.py DIR EML

Makes in DIR: an RSA signing key and a self-signed TLS certificate for 127.0.0.1 (openssl), ca.pem (the system's
trusted certificates plus that one, for SSL_CERT_FILE), tokens (RS256 access tokens for the API, valid one hour, one
line per user of one tenant: USERS of them, default 64) and token (the first),
settings.env (the API's AzureAd/Graph settings) and port (once it listens). Serves over HTTPS on a free loopback port:
  GET  /{tenant}/v2.0/.well-known/openid-configuration   the v2 discovery document
  GET  /discovery/v2.0/keys                               the JWKS with the one signing key
  POST /{tenant}/oauth2/v2.0/token                        the On-Behalf-Of exchange (for the user of the assertion)
  GET  /v1.0/me/messages/{id}                             the message resource of EML, with internetMessageHeaders
Stops on SIGTERM or when its parent process is gone.
"""
import base64
import email.parser
import email.policy
import json
import os
import re
import signal
import ssl
import subprocess
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TENANT = "7a2d5c1e-3f4b-4a6d-8e9f-0a1b2c3d4e5f"
CLIENT_ID = "5d3c9b1e-8f2a-4c6d-9e0f-1a2b3c4d5e6f"
CLIENT_SECRET = "local-load-secret"
KEY_ID = "load-key"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def run(*args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(args, input=data, check=True, capture_output=True).stdout


def make_keys(folder: str) -> tuple[str, str]:
    key = os.path.join(folder, "signing.key")
    tls_key, tls_cert = os.path.join(folder, "tls.key"), os.path.join(folder, "tls.pem")
    run("openssl", "genrsa", "-out", key, "2048")
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
        "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", tls_key, "-out", tls_cert)
    system = next((p for p in ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt") if os.path.exists(p)), None)
    with open(os.path.join(folder, "ca.pem"), "wb") as bundle:
        if system:
            bundle.write(open(system, "rb").read())
        bundle.write(open(tls_cert, "rb").read())
    return key, tls_cert


def jwk(key: str) -> dict:
    modulus = run("openssl", "rsa", "-in", key, "-noout", "-modulus").decode().strip().split("=", 1)[1]
    return {"kty": "RSA", "use": "sig", "kid": KEY_ID, "alg": "RS256", "n": b64url(bytes.fromhex(modulus)), "e": "AQAB"}


def sign(key: str, claims: dict) -> str:
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": KEY_ID}).encode())
    body = b64url(json.dumps(claims).encode())
    signature = run("openssl", "dgst", "-sha256", "-sign", key, data=f"{head}.{body}".encode())
    return f"{head}.{body}.{b64url(signature)}"


def graph_message(eml: str) -> dict:
    raw = open(eml, "rb").read()
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw, headersonly=True)
    # Graph returns each field once per occurrence, unfolded, in the order of the block.
    headers = [{"name": name, "value": re.sub(r"\r?\n[ \t]", " ", str(value))} for name, value in message.raw_items()]
    return {
        "id": "load-message",
        "subject": message.get("Subject", ""),
        "bodyPreview": "",
        "internetMessageId": message.get("Message-ID", ""),
        "conversationId": "AAQkAGI2TG93AAAQAKW0hJ8kqQJIozA1cNvvd38=",
        "internetMessageHeaders": headers,
    }


class Cloud(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    base = ""
    keys: dict = {}
    message: dict = {}
    signing_key = ""

    def log_message(self, *args):  # quiet
        pass

    def answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if m := re.fullmatch(r"/([^/]+)/v2\.0/\.well-known/openid-configuration", path):
            tenant = m.group(1)
            self.answer(200, {
                "issuer": f"{self.base}{'{tenantid}' if tenant in ('organizations', 'common') else tenant}/v2.0",
                "authorization_endpoint": f"{self.base}{tenant}/oauth2/v2.0/authorize",
                "token_endpoint": f"{self.base}{tenant}/oauth2/v2.0/token",
                "jwks_uri": f"{self.base}discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "token id_token"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
            })
        elif path == "/discovery/v2.0/keys":
            self.answer(200, self.keys)
        elif re.fullmatch(r"/v1\.0/me/messages/[^/]+", path):
            if not self.headers.get("Authorization", "").startswith("Bearer graph-"):
                self.answer(401, {"error": {"code": "InvalidAuthenticationToken", "message": "Access token validation failure."}})
            else:
                self.answer(200, self.message)
        else:
            self.answer(404, {"error": {"code": "NotFound", "message": "Not found."}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(p.split("=", 1) for p in self.rfile.read(length).decode().split("&") if "=" in p)
        if not re.fullmatch(r"/[^/]+/oauth2/v2\.0/token", self.path.split("?", 1)[0]) or form.get("client_id") != CLIENT_ID:
            self.answer(401, {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."})
            return
        assertion = form.get("assertion", "").split(".")
        claims = json.loads(base64.urlsafe_b64decode(assertion[1] + "=" * (-len(assertion[1]) % 4))) if len(assertion) == 3 else {}
        client_info = b64url(json.dumps({"uid": claims.get("oid", ""), "utid": claims.get("tid", TENANT)}).encode())
        self.answer(200, {"token_type": "Bearer", "scope": "https://graph.microsoft.com/.default", "expires_in": 3600,
                          "ext_expires_in": 3600, "access_token": "graph-" + uuid.uuid4().hex, "client_info": client_info})


def main() -> None:
    folder, eml = sys.argv[1], sys.argv[2]
    key, tls_cert = make_keys(folder)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Cloud)
    port = server.server_address[1]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_cert, os.path.join(folder, "tls.key"))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    Cloud.base = f"https://127.0.0.1:{port}/"
    Cloud.keys = {"keys": [jwk(key)]}
    Cloud.message = graph_message(eml)
    now = int(time.time())
    tokens = []
    for user in range(int(os.environ.get("USERS", "64"))):
        oid = str(uuid.UUID(int=0x0F1E2D3C4B5A69788695A4B3C2D10000 + user))
        tokens.append(sign(key, {"aud": CLIENT_ID, "iss": f"{Cloud.base}{TENANT}/v2.0", "iat": now, "nbf": now, "exp": now + 3600,
                                 "tid": TENANT, "oid": oid, "sub": "load-" + oid, "scp": "access_as_user", "ver": "2.0",
                                 "name": f"Load User {user}"}))
    open(os.path.join(folder, "tokens"), "w").write("\n".join(tokens) + "\n")
    open(os.path.join(folder, "token"), "w").write(tokens[0])
    with open(os.path.join(folder, "settings.env"), "w") as env:
        for name, value in {
            "AzureAd__Instance": Cloud.base, "AzureAd__TenantId": TENANT, "AzureAd__ClientId": CLIENT_ID,
            "AzureAd__ClientSecret": CLIENT_SECRET, "AzureAd__DisableInstanceDiscovery": "true",
            "Graph__BaseUrl": f"{Cloud.base}v1.0", "SSL_CERT_FILE": os.path.join(folder, "ca.pem"),
        }.items():
            env.write(f"{name}={value}\n")
    open(os.path.join(folder, "port"), "w").write(str(port))

    parent = os.getppid()
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        server.shutdown()

    threading.Thread(target=watch_parent, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
