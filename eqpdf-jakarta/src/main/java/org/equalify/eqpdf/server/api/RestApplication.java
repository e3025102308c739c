package org.equalify.eqpdf.server.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api/v1 (OpenAPI document at /openapi, UI at /openapi/ui). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Equalify PDF Converter", version = "1",
        description = "Accessible HTML from PDF course materials, behind a PII gate. Wire format: docs/API.md."))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key")
public class RestApplication extends Application {}
