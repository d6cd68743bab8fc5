-- The e-mail address a user's inbox messages are also sent to when SMTP is configured (optional).
ALTER TABLE CH_USER ADD COLUMN EMAIL VARCHAR(200);
