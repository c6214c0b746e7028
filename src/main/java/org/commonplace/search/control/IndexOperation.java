package org.commonplace.search.control;

import org.apache.lucene.document.Document;

import java.util.List;

/** What applying one outbox entry does to the index. */
sealed interface IndexOperation {
    /** Add the document, or replace the one with the same key. */
    record Replace(String key, Document document) implements IndexOperation { }

    record Delete(String key) implements IndexOperation { }

    /** Remove every reply of the thread and add these (empty when the thread is hidden or gone). */
    record ReplaceReplies(long threadId, List<Document> replies) implements IndexOperation { }
}
