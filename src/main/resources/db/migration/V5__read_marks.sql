-- How far each member has read each thread: unread markers and "jump to first unread".
CREATE TABLE thread_read (
    account_id     BIGINT NOT NULL REFERENCES account (id),
    thread_id      BIGINT NOT NULL REFERENCES forum_thread (id),
    last_position  INT NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, thread_id)
);
