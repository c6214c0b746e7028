-- Each node also reports, since it started, how many searches had their turn and how long they
-- waited for it and held it in all (SearchAdmission.Load, ADR 0024): the mean wait tells
-- coordinators whether a node has more searches than processors.
ALTER TABLE search_node_status ADD COLUMN searches_served BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE search_node_status ADD COLUMN search_wait_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE search_node_status ADD COLUMN search_work_ms BIGINT DEFAULT 0 NOT NULL;
