-- The GAR side: the records of the GAR listing per establishment, subscriptions with their
-- licences, assignments (snapshots of the people a target reached) and recovered people.
CREATE TABLE gar_resources (
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  ark text NOT NULL,
  -- json, not jsonb: the GAR's record is forwarded verbatim, its fields in their order.
  record json NOT NULL,
  PRIMARY KEY (uai, ark)
);

CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  ark text NOT NULL,
  licence_type text NOT NULL CHECK (licence_type IN ('individuelle', 'etablissement')),
  publics text[] NOT NULL,
  -- Individual licences bought, per public: {"eleve": 120}.
  totals jsonb NOT NULL DEFAULT '{}',
  valid_from date NOT NULL,
  valid_until date NOT NULL,
  distributor text,
  order_ref text,
  received_at timestamptz,
  family_mother boolean NOT NULL DEFAULT false,
  family_member_of text,
  advisories jsonb,
  -- Family members reached through this mother, without a subscription of their own.
  bundle text[] NOT NULL DEFAULT '{}',
  position integer NOT NULL DEFAULT 0,
  FOREIGN KEY (uai, ark) REFERENCES gar_resources (uai, ark)
);
CREATE INDEX subscriptions_uai ON subscriptions (uai, position);

CREATE TABLE assignments (
  id text PRIMARY KEY,
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  subscription_id text NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  public text NOT NULL,
  target_type text NOT NULL CHECK (target_type IN ('division', 'groupe', 'personne', 'profil')),
  target_id text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  seq bigserial,
  UNIQUE (subscription_id, public, target_type, target_id)
);
CREATE INDEX assignments_uai ON assignments (uai, seq);

CREATE TABLE assignment_members (
  assignment_id text NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  person_id text NOT NULL,
  PRIMARY KEY (assignment_id, person_id)
);
CREATE INDEX assignment_members_person ON assignment_members (person_id);

CREATE TABLE recovered (
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  person_id text NOT NULL,
  PRIMARY KEY (uai, person_id)
);
