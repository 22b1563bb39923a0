-- Signing keys rotate, and their private halves are kept encrypted.
--
--   * generation: the keys' order; the instances agree on the next key through its uniqueness (the
--     first instance to store generation n+1 wins, the others then use its key);
--   * sealed_private_key: the private key (PKCS#8), encrypted with AES-256-GCM under a key derived
--     from the setting ticketing.auth.key-encryption-secret (a secret of the deployment, never in the
--     database); the public key stays in clear: it is published at GET /api/auth/jwks;
--   * id: the key's "kid", named in each token's header; verification picks the key by it.
--
-- The one key stored before this version had its private key in clear: whoever read the table (or a
-- backup of it) could sign tokens. It is given up, not carried over: tokens signed with it are
-- refused from now on (401, their holders log in again; they lived an hour at most).
DELETE FROM signing_key;
ALTER TABLE signing_key DROP COLUMN private_key;
ALTER TABLE signing_key
    ADD COLUMN generation         integer NOT NULL UNIQUE CHECK (generation > 0),
    ADD COLUMN sealed_private_key bytea   NOT NULL;
