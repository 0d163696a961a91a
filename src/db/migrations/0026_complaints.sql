-- Complaints (issue 12): the title published with a consented reply, scrubbed of personal data and of the
-- names the handler listed, as the reply is (public_reply). The complainant's own title stays for staff.
ALTER TABLE complaints ADD COLUMN public_title text CHECK (length(public_title) <= 100);
CREATE INDEX complaints_published ON complaints (region_code, replied_on DESC, id DESC) WHERE published;
