-- Writers insert their events here, in their own transaction, sharing no lock with other writers. A publisher
-- moves committed rows to CH_OUTBOX in ID order, numbering them from CH_OUTBOX_COUNTER, one publisher at a time
-- cluster-wide: SEQ order is the order in which events became readable, so a cursor never misses one.
CREATE TABLE CH_OUTBOX_PENDING (
  ID BIGINT GENERATED ALWAYS AS IDENTITY,
  EVENT_ID VARCHAR(36) NOT NULL,
  TOPIC VARCHAR(200) NOT NULL,
  OCCURRED_AT TIMESTAMP NOT NULL,
  ACTOR VARCHAR(64),
  PAYLOAD VARCHAR(8000) NOT NULL,
  CONSTRAINT CH_OUTBOX_PENDING_PK PRIMARY KEY (ID)
);
-- The cursor of each event consumer core runs: the SEQ of the last event it handled, for the whole cluster.
CREATE TABLE CH_EVENT_CONSUMER (
  NAME VARCHAR(100) NOT NULL PRIMARY KEY,
  LAST_SEQ BIGINT NOT NULL,
  UPDATED_AT TIMESTAMP NOT NULL
);
-- Events a consumer failed to handle after its attempts; the cursor moved past them.
CREATE TABLE CH_EVENT_PARKED (
  CONSUMER VARCHAR(100) NOT NULL,
  SEQ BIGINT NOT NULL,
  EVENT_ID VARCHAR(36) NOT NULL,
  ATTEMPTS INT NOT NULL,
  FAILURE VARCHAR(300),
  PARKED_AT TIMESTAMP NOT NULL,
  PRIMARY KEY (CONSUMER, SEQ)
);
