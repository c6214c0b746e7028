-- Posting limits count an author's recent posts.
CREATE INDEX post_author_created ON post (author_id, created_at);
