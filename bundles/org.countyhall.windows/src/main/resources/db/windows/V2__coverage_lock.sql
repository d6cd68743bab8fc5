-- One row that every change touching coverage locks first: leave granted, A/B posts, a window's state, calendar
-- or creation, imports, the posts of a person who left. They are decided one at a time for the whole registry, on
-- every node, so no check can miss a change made beside it (a hall makes a few such changes a day). Taken before
-- any window row, so no two requests wait for each other in a circle.
CREATE TABLE WINDOW_COVERAGE_LOCK (
    ID INT NOT NULL PRIMARY KEY,
    LOCKS BIGINT NOT NULL
);
INSERT INTO WINDOW_COVERAGE_LOCK (ID, LOCKS) VALUES (1, 0);
