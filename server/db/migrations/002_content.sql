-- What the widgets read and write: news and tiles, announcements, favourites, uploads, and
-- the first answer of every Idempotency-Key.
CREATE TABLE rubriques (
  id text PRIMARY KEY,
  name text NOT NULL,
  blog_enabled boolean NOT NULL DEFAULT true,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),
  position integer NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  id text PRIMARY KEY,
  title text NOT NULL,
  summary text NOT NULL,
  rubrique_id text NOT NULL REFERENCES rubriques (id) ON DELETE CASCADE,
  published_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  illustration jsonb
);
CREATE INDEX articles_feed ON articles (updated_at DESC, published_at DESC, id);

CREATE TABLE tiles (
  id text PRIMARY KEY,
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE SEQUENCE announcement_ids;
CREATE TABLE announcements (
  id text PRIMARY KEY DEFAULT 'ann-' || nextval('announcement_ids'),
  input jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  author text NOT NULL
);

CREATE TABLE announcement_reads (
  announcement_id text NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (announcement_id, user_id)
);

CREATE SEQUENCE response_ids;
CREATE TABLE announcement_responses (
  announcement_id text NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
  user_id text NOT NULL,
  id text NOT NULL UNIQUE DEFAULT 'rep-' || nextval('response_ids'),
  answered_at timestamptz NOT NULL,
  answers jsonb NOT NULL,
  PRIMARY KEY (announcement_id, user_id)
);

CREATE TABLE favorites (
  user_id text NOT NULL,
  resource_id text NOT NULL,
  added bigserial,
  PRIMARY KEY (user_id, resource_id)
);

CREATE TABLE uploads (
  id text PRIMARY KEY,
  name text NOT NULL,
  mime_type text NOT NULL,
  size bigint NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only successes are kept: a refused request changed nothing and its retry is judged afresh.
CREATE TABLE idempotency_keys (
  user_id text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
