-- ChatFlow schema, version 2 (SQLite): the skill registry. Every registration is a new row in skill_versions; the
-- enabled flag is per skill id; skill_catalog_revision is a single-row counter bumped by every change, which every
-- host polls to reload its catalog.

CREATE TABLE skill_versions (
    skill_id       TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    manifest_text  TEXT    NOT NULL,
    format         TEXT    NOT NULL CHECK (format IN ('yaml', 'json')),
    content_sha256 TEXT    NOT NULL,
    registered_by  TEXT    NOT NULL,
    registered_ms  INTEGER NOT NULL,
    PRIMARY KEY (skill_id, version)
);
CREATE INDEX ix_skill_versions_content ON skill_versions (skill_id, content_sha256);

CREATE TABLE skills (
    skill_id       TEXT    PRIMARY KEY,
    enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    latest_version INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL
);

CREATE TABLE skill_catalog_revision (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    revision   INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
INSERT INTO skill_catalog_revision (id, revision, updated_ms) VALUES (1, 0, 0);
