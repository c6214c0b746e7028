package org.commonplace.search.control;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A node is ready for searches only once its index answers (a load balancer must not send people to an empty one). */
class SearchIndexHealthTest {
    @TempDir
    Path root;

    @Test
    void a_node_whose_index_is_not_open_yet_is_not_ready_and_is_once_it_is() throws IOException {
        SearchIndexHealth health = new SearchIndexHealth();
        health.index = new SearchIndex();
        assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(health.call().getName()).isEqualTo("search-index");

        Path generation = IndexGeneration.newGeneration(root);
        try (IndexWriter writer = IndexGeneration.openWriter(generation, IndexWriterConfig.OpenMode.CREATE)) {
            writer.commit();
        }
        health.index.openWritable(generation, 0, Instant.now());
        try {
            assertThat(health.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        } finally {
            health.index.close();
        }
    }
}
