-- A public key is certified to one participant only, and never again once revoked for key compromise: the
-- applications (which hold every key ever submitted) are looked up by the key's SHA-256 at application and approval.
CREATE INDEX access_application_key_idx ON access_application (sha256(public_key));
