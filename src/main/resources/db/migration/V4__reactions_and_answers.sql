-- Reactions on posts ("helpful", "thanks") and the reply that solved a thread.

CREATE TABLE post_reaction (
    post_id     BIGINT NOT NULL REFERENCES post (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    kind        VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, account_id, kind)
);

ALTER TABLE forum_thread ADD COLUMN answer_post_id BIGINT REFERENCES post (id);
