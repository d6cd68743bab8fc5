-- One row per person whose leave or posts a request changes, made on demand and never deleted. A request locks the
-- rows of the people it concerns before any window, so a grant of leave and a change of posts for the same person
-- (or for the substitute named in the leave) are decided one after the other, on every node.
CREATE TABLE WINDOW_PERSON_LOCK (
    STAFF_NUMBER VARCHAR(20) NOT NULL PRIMARY KEY,
    LOCKS BIGINT NOT NULL
);
