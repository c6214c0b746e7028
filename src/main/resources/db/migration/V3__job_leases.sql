-- One row per scheduled job; a node runs the job only while it holds the row's lease.
INSERT INTO job_lease (name, holder, lease_until) VALUES ('identity-housekeeping', 'nobody', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
