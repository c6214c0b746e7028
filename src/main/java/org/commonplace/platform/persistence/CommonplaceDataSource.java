package org.commonplace.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Defaults are inline because the application's own
 * microprofile-config.properties is not visible when Payara creates it; environment variables
 * (COMMONPLACE_DB_URL, COMMONPLACE_DB_DRIVER, ...) override them.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/commonplace",
        className = "${MPCONFIG=commonplace.db.driver:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=commonplace.db.url:jdbc:h2:file:./data/commonplace;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=commonplace.db.user:sa}",
        password = "${MPCONFIG=commonplace.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.log-jdbc-calls=false"
        })
@Singleton
public class CommonplaceDataSource {
}
