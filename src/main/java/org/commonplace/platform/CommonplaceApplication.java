package org.commonplace.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Pages and the JSON API (under /api/v1) are one JAX-RS application at the root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Commonplace API", version = "1",
        description = "Community forum and knowledge-sharing hub for mentoring programmes. "
                + "Errors are application/problem+json (RFC 9457); lists are paged with page and size."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class CommonplaceApplication extends Application {
}
