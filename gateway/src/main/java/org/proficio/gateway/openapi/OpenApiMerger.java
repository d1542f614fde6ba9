package org.proficio.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;
import org.proficio.gateway.openapi.ServiceDocument.Fetched;
import org.proficio.gateway.openapi.ServiceDocument.Missing;
import org.proficio.gateway.routing.RouteTable;
import org.proficio.gateway.routing.Upstream;

/**
 * Merges the services' OpenAPI documents into the one document of the platform. A pure function of its inputs, so
 * it is tested without any server.
 *
 * <ul>
 *   <li>Paths: each service contributes the paths the route table gives it (others are unreachable through the
 *       gateway and left out).
 *   <li>Components: a name defined identically by several services is kept once; a name defined differently is
 *       prefixed with the service name in every service that defines it (so no service "wins" by fetch order), and
 *       every {@code $ref} to it is rewritten.
 *   <li>Security: the services' schemes are replaced by the gateway's (a Keycloak bearer token), required for
 *       every operation, because the gateway requires one on every routed path. An operation's own requirement
 *       keeps the roles its service declared ({@code [{"bearer": ["educator", "district-admin"]}]}: a token with
 *       any one of them may call it), under the gateway's scheme name.
 *   <li>Each request body names its route's size limit in bytes ({@value #MAX_BODY_SIZE}), the one the gateway
 *       enforces (a larger body is a 413).
 *   <li>Services that couldn't be fetched are listed in {@value #MISSING_SERVICES}.
 * </ul>
 */
public final class OpenApiMerger {

    /** Extension listing the services whose paths are missing from this document. */
    public static final String MISSING_SERVICES = "x-proficio-missing-services";

    /** Extension of a request body: the largest body its route takes, in bytes. */
    public static final String MAX_BODY_SIZE = "x-proficio-max-body-size";

    static final String BEARER_SCHEME = "bearer";
    static final String OIDC_SCHEME = "keycloak";

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final String DEFAULT_OPENAPI_VERSION = "3.1.0";
    private static final String COMPONENTS_REF = "#/components/";

    /** Every component map except securitySchemes, which the gateway replaces. */
    private static final List<String> COMPONENT_TYPES = List.of(
            "schemas",
            "responses",
            "parameters",
            "examples",
            "requestBodies",
            "headers",
            "links",
            "callbacks",
            "pathItems");

    private static final Set<String> OPERATION_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final RouteTable routeTable;
    private final DocumentInfo info;
    private final ToLongFunction<String> maxBodySize;

    /** @param maxBodySize the body limit of a path (template), as the gateway enforces it */
    public OpenApiMerger(RouteTable routeTable, DocumentInfo info, ToLongFunction<String> maxBodySize) {
        this.routeTable = routeTable;
        this.info = info;
        this.maxBodySize = maxBodySize;
    }

    /** Title, version and token issuer of the merged document. */
    public record DocumentInfo(String title, String version, String issuerUrl) {}

    public ObjectNode merge(List<ServiceDocument> outcomes) {
        List<Fetched> fetched = outcomes.stream()
                .filter(Fetched.class::isInstance)
                .map(Fetched.class::cast)
                .sorted(Comparator.comparing(Fetched::service))
                .toList();
        Map<Upstream, Map<String, String>> renames = componentRenames(fetched);

        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        merged.put("openapi", openApiVersion(fetched));
        merged.set("info", info(fetched));
        ArrayNode tags = merged.putArray("tags");
        Map<String, ObjectNode> paths = new TreeMap<>();
        Map<String, Upstream> pathOwners = new HashMap<>();
        ObjectNode components = JsonNodeFactory.instance.objectNode();

        for (Fetched service : fetched) {
            ObjectNode document = service.document().deepCopy();
            rewriteRefs(document, renames.get(service.service()));
            mergeComponents(components, document, renames.get(service.service()), service.service());
            mergePaths(paths, pathOwners, document, service.service());
            mergeTags(tags, document);
        }
        disambiguateOperationIds(paths, pathOwners);

        ObjectNode pathsNode = merged.putObject("paths");
        paths.forEach(pathsNode::set);
        components.set("securitySchemes", securitySchemes());
        merged.set("components", components);
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray(BEARER_SCHEME);
        security.addObject().putArray(OIDC_SCHEME);
        ArrayNode missing = merged.putArray(MISSING_SERVICES);
        outcomes.stream()
                .filter(Missing.class::isInstance)
                .map(ServiceDocument::service)
                .sorted()
                .forEach(service -> missing.add(service.serviceName()));
        return merged;
    }

    /**
     * Decides which components get a service prefix. Repeats until stable: renaming one clash can turn two formerly
     * identical definitions (that referenced it) into different ones.
     */
    private static Map<Upstream, Map<String, String>> componentRenames(List<Fetched> fetched) {
        Map<Upstream, Map<String, String>> renames = new HashMap<>();
        fetched.forEach(service -> renames.put(service.service(), new HashMap<>()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String type : COMPONENT_TYPES) {
                Map<String, Map<Upstream, JsonNode>> definitions = definitionsByName(fetched, type);
                for (var entry : definitions.entrySet()) {
                    String name = entry.getKey();
                    Map<Upstream, JsonNode> byService = entry.getValue();
                    Set<JsonNode> distinct = new HashSet<>();
                    byService.forEach((service, definition) -> {
                        JsonNode copy = definition.deepCopy();
                        rewriteRefs(copy, renames.get(service));
                        distinct.add(copy);
                    });
                    if (distinct.size() < 2) {
                        continue;
                    }
                    for (Upstream service : byService.keySet()) {
                        String ref = COMPONENTS_REF + type + "/" + name;
                        if (!renames.get(service).containsKey(ref)) {
                            String newName = prefixedName(service, name, definitions.keySet());
                            renames.get(service).put(ref, COMPONENTS_REF + type + "/" + newName);
                            changed = true;
                        }
                    }
                }
            }
        }
        return renames;
    }

    private static Map<String, Map<Upstream, JsonNode>> definitionsByName(List<Fetched> fetched, String type) {
        Map<String, Map<Upstream, JsonNode>> definitions = new LinkedHashMap<>();
        for (Fetched service : fetched) {
            JsonNode ofType = service.document().path("components").path(type);
            ofType.fields()
                    .forEachRemaining(field -> definitions
                            .computeIfAbsent(field.getKey(), name -> new LinkedHashMap<>())
                            .put(service.service(), field.getValue()));
        }
        return definitions;
    }

    /** {@code Problem} of assessment-service becomes {@code AssessmentProblem} (or with a counter if taken). */
    private static String prefixedName(Upstream service, String name, Set<String> taken) {
        String prefix = service.name().charAt(0) + service.name().substring(1).toLowerCase(Locale.ROOT);
        String candidate = prefix + name;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = prefix + name + "_" + i;
        }
        return candidate;
    }

    private static String componentName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Rewrites {@code $ref}s and discriminator mappings that point at renamed components, in place. */
    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.put("$ref", renamed(ref.asText(), renames));
            }
            if (object.get("mapping") instanceof ObjectNode mapping) {
                mapping.fields().forEachRemaining(field -> {
                    if (field.getValue().isTextual()) {
                        field.setValue(TextNode.valueOf(renamed(field.getValue().asText(), renames)));
                    }
                });
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    /** Also covers refs into a component ({@code #/components/schemas/A/properties/b}). */
    private static String renamed(String ref, Map<String, String> renames) {
        for (var rename : renames.entrySet()) {
            String from = rename.getKey();
            if (ref.equals(from) || ref.startsWith(from + "/")) {
                return rename.getValue() + ref.substring(from.length());
            }
        }
        return ref;
    }

    private static void mergeComponents(
            ObjectNode components, ObjectNode document, Map<String, String> renames, Upstream service) {
        JsonNode source = document.path("components");
        for (String type : COMPONENT_TYPES) {
            source.path(type).fields().forEachRemaining(field -> {
                String ref = COMPONENTS_REF + type + "/" + field.getKey();
                String name = renames.containsKey(ref) ? componentName(renames.get(ref)) : field.getKey();
                ObjectNode target =
                        components.has(type) ? (ObjectNode) components.get(type) : components.putObject(type);
                // Unrenamed names are identical across services (that is why they weren't renamed): first one wins.
                if (!target.has(name)) {
                    target.set(name, field.getValue());
                }
            });
        }
        source.path("securitySchemes")
                .fieldNames()
                .forEachRemaining(name -> LOG.debugf(
                        "Replacing security scheme '%s' of %s by the gateway's", name, service.serviceName()));
    }

    private void mergePaths(
            Map<String, ObjectNode> paths, Map<String, Upstream> pathOwners, ObjectNode document, Upstream service) {
        document.path("paths").fields().forEachRemaining(field -> {
            String path = field.getKey();
            boolean routedToService = routeTable
                    .resolve(path)
                    .map(route -> route.owner() == service)
                    .orElse(false);
            if (!routedToService) {
                LOG.debugf("Leaving out %s of %s: the gateway doesn't route it there", path, service.serviceName());
                return;
            }
            if (field.getValue() instanceof ObjectNode pathItem) {
                pathItem.fields().forEachRemaining(operation -> {
                    if (OPERATION_METHODS.contains(operation.getKey())
                            && operation.getValue() instanceof ObjectNode operationNode) {
                        keepRoles(operationNode);
                        if (operationNode.get("requestBody") instanceof ObjectNode body) {
                            body.put(MAX_BODY_SIZE, maxBodySize.applyAsLong(path));
                        }
                    }
                });
                paths.put(path, pathItem);
                pathOwners.put(path, service);
            }
        });
    }

    /**
     * The roles of an operation's security requirements, under the gateway's bearer scheme; without any, the
     * document-level requirement (any valid token) applies.
     */
    private static void keepRoles(ObjectNode operation) {
        JsonNode requirements = operation.remove("security");
        Set<String> roles = new java.util.TreeSet<>();
        if (requirements != null) {
            requirements.forEach(requirement -> requirement
                    .fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        }
        if (!roles.isEmpty()) {
            ArrayNode rolesNode = operation.putArray("security").addObject().putArray(BEARER_SCHEME);
            roles.forEach(rolesNode::add);
        }
    }

    private static void mergeTags(ArrayNode tags, ObjectNode document) {
        Set<String> known = new HashSet<>();
        tags.forEach(tag -> known.add(tag.path("name").asText()));
        document.path("tags").forEach(tag -> {
            if (known.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        });
    }

    /** operationIds must be unique in a document; ones used by several services get the service as prefix. */
    private static void disambiguateOperationIds(Map<String, ObjectNode> paths, Map<String, Upstream> pathOwners) {
        Map<String, List<ObjectNode>> byId = new HashMap<>();
        Map<ObjectNode, Upstream> owners = new IdentityHashMap<>();
        paths.forEach((path, pathItem) -> pathItem.fields().forEachRemaining(operation -> {
            JsonNode operationId = operation.getValue().path("operationId");
            if (OPERATION_METHODS.contains(operation.getKey()) && operationId.isTextual()) {
                ObjectNode operationNode = (ObjectNode) operation.getValue();
                byId.computeIfAbsent(operationId.asText(), id -> new ArrayList<>())
                        .add(operationNode);
                owners.put(operationNode, pathOwners.get(path));
            }
        }));
        byId.forEach((operationId, operations) -> {
            Set<Upstream> services = new HashSet<>();
            operations.forEach(operation -> services.add(owners.get(operation)));
            if (services.size() > 1) {
                operations.forEach(operation -> operation.put(
                        "operationId", owners.get(operation).name().toLowerCase(Locale.ROOT) + "_" + operationId));
            }
        });
    }

    private ObjectNode info(List<Fetched> fetched) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("title", this.info.title());
        info.put("version", this.info.version());
        StringBuilder description = new StringBuilder(
                "All Proficio services behind the gateway, in one document. Every path needs an access token from"
                        + " Keycloak (" + this.info.issuerUrl() + ").");
        for (Fetched service : fetched) {
            JsonNode serviceInfo = service.document().path("info");
            description
                    .append("\n\n- **")
                    .append(service.service().serviceName())
                    .append("** ")
                    .append(serviceInfo.path("version").asText(""));
        }
        info.put("description", description.toString());
        return info;
    }

    /** The newest OpenAPI version among the services' documents. */
    private static String openApiVersion(List<Fetched> fetched) {
        return fetched.stream()
                .map(service -> service.document().path("openapi").asText(""))
                .filter(version -> !version.isEmpty())
                .max(Comparator.naturalOrder())
                .orElse(DEFAULT_OPENAPI_VERSION);
    }

    private ObjectNode securitySchemes() {
        String issuer = info.issuerUrl().endsWith("/")
                ? info.issuerUrl().substring(0, info.issuerUrl().length() - 1)
                : info.issuerUrl();
        ObjectNode schemes = JsonNodeFactory.instance.objectNode();
        schemes.putObject(BEARER_SCHEME)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "Access token issued by Keycloak (" + issuer + ").");
        schemes.putObject(OIDC_SCHEME)
                .put("type", "openIdConnect")
                .put("openIdConnectUrl", issuer + "/.well-known/openid-configuration")
                .put("description", "Keycloak realm issuing the access tokens.");
        return schemes;
    }
}
