-- Monthly use of each subscription by each person (as the GAR's usage reports give it, or as
-- the demo seed makes it up). Only aggregates leave the server, small counts suppressed.
CREATE TABLE resource_usage (
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  subscription_id text NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  person_id text NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  sessions integer NOT NULL CHECK (sessions >= 0),
  PRIMARY KEY (subscription_id, month, person_id)
);
