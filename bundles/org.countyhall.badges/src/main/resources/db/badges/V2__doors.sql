-- Doors and their controllers (L587), and the card list the controllers sync.
-- CONTROLLER is the username of the controller's device account (role door): one door per controller.
CREATE TABLE BADGES_DOOR (
    DOOR_ID VARCHAR(20) NOT NULL PRIMARY KEY,
    LOCATION VARCHAR(100) NOT NULL,
    CONTROLLER VARCHAR(64),
    LAST_SYNC_AT TIMESTAMP,
    CREATED_AT TIMESTAMP NOT NULL,
    VERSION BIGINT NOT NULL,
    CONSTRAINT BADGES_DOOR_CONTROLLER UNIQUE (CONTROLLER)
);

-- Every change of which chips open the doors (a card became active, or stopped being active), numbered from the
-- sequence row 'card-change' under its lock until the change commits: numbers follow commit order, so a
-- controller that asks for the changes after its cursor never misses one committed later with a lower number.
CREATE TABLE BADGES_CARD_CHANGE (
    SEQ BIGINT NOT NULL PRIMARY KEY,
    CHIP_UID VARCHAR(20) NOT NULL,
    ALLOWED BOOLEAN NOT NULL,
    CHANGED_AT TIMESTAMP NOT NULL
);
INSERT INTO BADGES_SEQUENCE (NAME, LAST_VALUE) VALUES ('card-change', 0);
