-- The ENT's directory (annuaire), imported by `npm run server:import`: establishments, their
-- divisions, groups and people, and the accounts that may sign in.
CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE establishments (
  uai text PRIMARY KEY CHECK (uai ~ '^[0-9]{7}[A-Z]$'),
  name text NOT NULL,
  ent_id text NOT NULL DEFAULT 'ENT',
  position integer NOT NULL DEFAULT 0
);

-- Who signs in: /me when the token does not carry these claims, and the demo sign-in.
CREATE TABLE accounts (
  id text PRIMARY KEY,
  display_name text NOT NULL,
  profile text NOT NULL CHECK (profile IN ('eleve', 'enseignant', 'documentaliste', 'personnel', 'parent', 'admin')),
  roles text[] NOT NULL DEFAULT '{}',
  uais text[] NOT NULL DEFAULT '{}',
  demo_key text UNIQUE
);

CREATE TABLE divisions (
  id text PRIMARY KEY,
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  level_code text NOT NULL,
  level_name text NOT NULL,
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX divisions_uai ON divisions (uai, position);

CREATE TABLE groups (
  id text PRIMARY KEY,
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  name text NOT NULL,
  discipline text,
  division_ids text[] NOT NULL DEFAULT '{}',
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX groups_uai ON groups (uai, position);

-- A person as one establishment knows them (someone may work in two).
CREATE TABLE people (
  uai text NOT NULL REFERENCES establishments (uai) ON DELETE CASCADE,
  id text NOT NULL,
  last_name text NOT NULL,
  first_name text NOT NULL,
  profile text NOT NULL CHECK (profile IN ('eleve', 'enseignant', 'documentaliste', 'personnel')),
  function text,
  discipline text,
  arrival_date date NOT NULL,
  departure_date date,
  parents integer NOT NULL DEFAULT 0,
  -- As the directory lists them (the link tables below are for joins).
  division_ids text[] NOT NULL DEFAULT '{}',
  group_ids text[] NOT NULL DEFAULT '{}',
  -- Lower case, no accents: what the search compares (computed at import, see directory/).
  search text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (uai, id)
);
CREATE INDEX people_id ON people (id);

CREATE TABLE person_divisions (
  uai text NOT NULL,
  person_id text NOT NULL,
  division_id text NOT NULL REFERENCES divisions (id) ON DELETE CASCADE,
  PRIMARY KEY (uai, person_id, division_id),
  FOREIGN KEY (uai, person_id) REFERENCES people (uai, id) ON DELETE CASCADE
);
CREATE INDEX person_divisions_division ON person_divisions (division_id);

CREATE TABLE person_groups (
  uai text NOT NULL,
  person_id text NOT NULL,
  group_id text NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  PRIMARY KEY (uai, person_id, group_id),
  FOREIGN KEY (uai, person_id) REFERENCES people (uai, id) ON DELETE CASCADE
);
CREATE INDEX person_groups_group ON person_groups (group_id);
