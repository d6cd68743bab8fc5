-- Whether a person has a photo, kept beside the record so that reading one (or a page) is one query, not a second
-- one on STAFF_PHOTO. Set in the photo's own transaction; existing photos are counted here. Derby and PostgreSQL.
ALTER TABLE STAFF_MEMBER ADD COLUMN HAS_PHOTO BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE STAFF_MEMBER SET HAS_PHOTO = TRUE WHERE STAFF_NUMBER IN (SELECT STAFF_NUMBER FROM STAFF_PHOTO)
