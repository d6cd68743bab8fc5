-- A person's work phone (personal data, domain §11: masked in lists, never logged). The same on Derby and PostgreSQL;
-- existing people have none.
ALTER TABLE STAFF_MEMBER ADD COLUMN PHONE VARCHAR(30)
