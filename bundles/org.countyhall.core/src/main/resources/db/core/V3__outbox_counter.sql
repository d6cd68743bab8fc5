-- Outbox sequence numbers drawn from a one-row counter in the appending transaction. Its row lock makes
-- sequence order equal commit order, so a reader that moved its cursor past N never misses an event that
-- commits later with a smaller number (an identity column hands numbers out at insert, not at commit).
CREATE TABLE CH_OUTBOX_COUNTER (
  ID INT NOT NULL PRIMARY KEY,
  LAST_SEQ BIGINT NOT NULL
);
INSERT INTO CH_OUTBOX_COUNTER (ID, LAST_SEQ) SELECT 1, COALESCE(MAX(SEQ), 0) FROM CH_OUTBOX;
