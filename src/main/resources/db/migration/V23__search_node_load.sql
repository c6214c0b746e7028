-- Each node reports its search turns with its index state (SearchAdmission, ADR 0024), so that
-- coordinators see every node's load on /admin/search, not only that of the node answering them.
ALTER TABLE search_node_status ADD COLUMN search_turns INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE search_node_status ADD COLUMN searches_running INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE search_node_status ADD COLUMN searches_waiting INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE search_node_status ADD COLUMN searches_refused BIGINT DEFAULT 0 NOT NULL;
