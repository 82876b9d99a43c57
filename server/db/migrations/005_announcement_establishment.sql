-- Each announcement belongs to one establishment: it reaches that school's people only, and only
-- that school's admins manage it. Announcements written before belonged to every school; they
-- go to the first establishment of the directory (an ENT's announcements were its first
-- school's in practice). No foreign key: re-importing the directory must not delete them.
ALTER TABLE announcements ADD COLUMN uai text CHECK (uai ~ '^[0-9]{7}[A-Z]$');
UPDATE announcements SET uai = (SELECT uai FROM establishments ORDER BY position, uai LIMIT 1);
ALTER TABLE announcements ALTER COLUMN uai SET NOT NULL;
CREATE INDEX announcements_uai ON announcements (uai);
