import type { Migration } from './migration';

/**
 * Operator roles and credentials, and the station's idle lock.
 *
 * Operators created before this migration signed in by name only. They become packers without a
 * PIN or badge, so they cannot sign in until a supervisor or admin sets a PIN for them; the
 * first start then asks for an admin because none exists yet.
 *
 * `pin_hash` is a self-describing scrypt string (see main/operators/pin-hash.ts), never the PIN.
 * `badge_hash` is the SHA-256 of a random badge code, unique so one scan names one operator.
 * `failed_pin_attempts` counts wrong PINs since the last good one; `locked_until` (ISO-8601 UTC)
 * blocks sign-in until that time. `idle_lock_seconds` is how long a station stays signed in
 * without a request.
 */
export const operatorCredentials: Migration = {
  version: 4,
  name: 'operator roles and credentials',
  up: (db) => {
    db.exec(`
      ALTER TABLE operators ADD COLUMN role TEXT NOT NULL DEFAULT 'packer'
        CHECK (role IN ('packer', 'prep', 'returns-technician', 'supervisor', 'admin'));
      ALTER TABLE operators ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      ALTER TABLE operators ADD COLUMN pin_hash TEXT CHECK (pin_hash IS NULL OR pin_hash GLOB 'scrypt$*');
      ALTER TABLE operators ADD COLUMN badge_hash TEXT CHECK (badge_hash IS NULL OR length(badge_hash) = 64);
      ALTER TABLE operators ADD COLUMN failed_pin_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_pin_attempts >= 0);
      ALTER TABLE operators ADD COLUMN locked_until TEXT;
      CREATE UNIQUE INDEX operators_by_badge ON operators (badge_hash) WHERE badge_hash IS NOT NULL;

      ALTER TABLE station ADD COLUMN idle_lock_seconds INTEGER NOT NULL DEFAULT 300
        CHECK (idle_lock_seconds BETWEEN 30 AND 86400);
    `);
  },
};
