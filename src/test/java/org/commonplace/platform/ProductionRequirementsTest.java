package org.commonplace.platform;

import org.commonplace.platform.config.ProductionRequirements;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionRequirementsTest {
    static final Map<String, String> COMPLETE = Map.of(
            "commonplace.db.url", "jdbc:postgresql://db:5432/commonplace",
            "commonplace.db.driver", "org.postgresql.ds.PGSimpleDataSource",
            "commonplace.db.password", "pw",
            "commonplace.base-url", "https://hub.example.org",
            "commonplace.smtp.host", "smtp.example.org");

    @Test
    void a_complete_production_configuration_lacks_nothing() {
        assertThat(ProductionRequirements.missing(key -> Optional.ofNullable(COMPLETE.get(key)))).isEmpty();
    }

    @Test
    void an_empty_configuration_names_every_missing_setting() {
        assertThat(ProductionRequirements.missing(key -> Optional.empty()))
                .anyMatch(m -> m.startsWith("COMMONPLACE_DB_URL"))
                .anyMatch(m -> m.startsWith("COMMONPLACE_DB_DRIVER"))
                .anyMatch(m -> m.startsWith("COMMONPLACE_DB_PASSWORD"))
                .anyMatch(m -> m.startsWith("COMMONPLACE_BASE_URL"))
                .anyMatch(m -> m.startsWith("COMMONPLACE_SMTP_HOST"));
    }

    @Test
    void an_h2_database_and_plain_http_are_not_for_production() {
        var config = new java.util.HashMap<>(COMPLETE);
        config.put("commonplace.db.driver", "org.h2.jdbcx.JdbcDataSource");
        config.put("commonplace.db.url", "jdbc:h2:file:./data/commonplace");
        config.put("commonplace.base-url", "http://hub.example.org");
        assertThat(ProductionRequirements.missing(key -> Optional.ofNullable(config.get(key))))
                .hasSize(3);
    }
}
