-- ChatFlow schema, version 1 (SQLite). Ids are text or INTEGER row ids; instants are Unix ms (*_ms).

CREATE TABLE inbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    channel          TEXT    NOT NULL,
    event_id         TEXT    NOT NULL,
    conversation_key TEXT    NOT NULL,
    payload_json     TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'claimed', 'done', 'dead')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    claim_token      TEXT    NULL,
    lease_until_ms   INTEGER NULL,
    not_before_ms    INTEGER NOT NULL,
    last_error       TEXT    NULL,
    created_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL,
    UNIQUE (channel, event_id)
);
CREATE INDEX ix_inbox_unfinished ON inbox (id) WHERE status IN ('pending', 'claimed');
CREATE INDEX ix_inbox_unfinished_by_conversation ON inbox (conversation_key, id) WHERE status IN ('pending', 'claimed');

CREATE TABLE conversation_state (
    conversation_key TEXT    PRIMARY KEY,
    state_json       TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    channel          TEXT    NOT NULL,
    conversation_id  TEXT    NOT NULL,
    payload_json     TEXT    NOT NULL,
    inbox_id         INTEGER NULL REFERENCES inbox (id),
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms  INTEGER NOT NULL,
    last_error       TEXT    NULL,
    created_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL,
    delivered_at_ms  INTEGER NULL
);
CREATE INDEX ix_outbox_pending ON outbox (channel, id) WHERE status = 'pending';
CREATE INDEX ix_outbox_pending_by_conversation ON outbox (channel, conversation_id, id) WHERE status = 'pending';

CREATE TABLE directline_conversations (
    conversation_id  TEXT    PRIMARY KEY,
    user_id          TEXT    NOT NULL,
    last_sequence    INTEGER NOT NULL DEFAULT 0,
    created_at_ms    INTEGER NOT NULL
);

CREATE TABLE directline_activities (
    conversation_id  TEXT    NOT NULL REFERENCES directline_conversations (conversation_id),
    sequence         INTEGER NOT NULL,
    activity_id      TEXT    NOT NULL,
    activity_json    TEXT    NOT NULL,
    outbox_id        INTEGER NULL,
    created_at_ms    INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, sequence),
    UNIQUE (conversation_id, activity_id)
);
CREATE UNIQUE INDEX ux_directline_activities_outbox ON directline_activities (outbox_id) WHERE outbox_id IS NOT NULL;

CREATE TABLE user_tokens (
    subject          TEXT    NOT NULL,
    connection_name  TEXT    NOT NULL,
    protected_tokens TEXT    NOT NULL,
    expires_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL,
    PRIMARY KEY (subject, connection_name)
);

CREATE TABLE user_links (
    channel          TEXT    NOT NULL,
    channel_user_id  TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    linked_at_ms     INTEGER NOT NULL,
    PRIMARY KEY (channel, channel_user_id)
);

CREATE TABLE pending_signins (
    id                      TEXT    PRIMARY KEY,
    connection_name         TEXT    NOT NULL,
    channel                 TEXT    NOT NULL,
    conversation_id         TEXT    NOT NULL,
    channel_user_id         TEXT    NOT NULL,
    protected_code_verifier TEXT    NOT NULL,
    expires_at_ms           INTEGER NOT NULL,
    created_at_ms           INTEGER NOT NULL
);

CREATE TABLE audit_events (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    skill_id         TEXT    NULL,
    skill_version    INTEGER NULL,
    outcome          TEXT    NOT NULL,
    correlation_id   TEXT    NOT NULL,
    arguments_digest TEXT    NULL,
    at_ms            INTEGER NOT NULL
);
CREATE INDEX ix_audit_events_at ON audit_events (at_ms, id);

CREATE TABLE data_protection_keys (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name    TEXT    NOT NULL UNIQUE,
    xml              TEXT    NOT NULL,
    created_at_ms    INTEGER NOT NULL
);
