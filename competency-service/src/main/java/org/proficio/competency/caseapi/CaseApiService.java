package org.proficio.competency.caseapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.proficio.competency.casepackage.CaseConfig;
import org.proficio.competency.casepackage.CaseDefinition;
import org.proficio.competency.casepackage.CaseJson;

/**
 * Answers the CASE API's reads in the standard's JSON (rendered by {@link CaseJson}, the same as the export): what the
 * {@link CaseCatalog} serves of a district, or the standard's 404 ({@link CaseApiException#unknownObject}).
 */
@ApplicationScoped
public class CaseApiService {

    /** A CFItemAssociations answer and how many associations it holds (X-Total-Count). */
    public record ItemAssociations(ObjectNode body, int count) {}

    private final CaseCatalog catalog;
    private final CaseConfig config;

    public CaseApiService(CaseCatalog catalog, CaseConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    /** One page of the district's CFDocuments as the query asks, with how many match in all. */
    public Uni<DocumentListQuery.Result> documents(String district, DocumentListQuery query) {
        return catalog.documents(district)
                .map(frameworks -> query.apply(frameworks.stream()
                        .map(f -> CaseJson.document(f, config.baseUri()))
                        .toList()));
    }

    public Uni<ObjectNode> document(String district, String identifier) {
        return catalog.document(district, identifier)
                .map(found(f -> CaseJson.document(f, config.baseUri()), "CFDocument", identifier));
    }

    public Uni<ObjectNode> cfPackage(String district, String identifier) {
        return catalog.cfPackage(district, identifier)
                .map(found(
                        p -> CaseJson.cfPackage(
                                p.framework(),
                                p.items(),
                                p.associations(),
                                p.definitions(),
                                p.rubrics(),
                                config.baseUri()),
                        "CFPackage",
                        identifier));
    }

    public Uni<ObjectNode> item(String district, String identifier) {
        return catalog.item(district, identifier)
                .map(found(c -> CaseJson.item(c, c.framework, config.baseUri()), "CFItem", identifier));
    }

    /** The item and every association with it at either end. */
    public Uni<ItemAssociations> itemAssociations(String district, String identifier) {
        return catalog.item(district, identifier)
                .map(found(Function.identity(), "CFItem", identifier))
                .chain(item -> catalog.associationsOf(district, identifier).map(associations -> {
                    ObjectNode body = JsonNodeFactory.instance.objectNode();
                    body.set("CFItem", CaseJson.item(item, item.framework, config.baseUri()));
                    body.putArray("CFAssociations")
                            .addAll(associations.stream()
                                    .map(a -> CaseJson.association(a, a.framework, config.baseUri()))
                                    .toList());
                    return new ItemAssociations(body, associations.size());
                }));
    }

    public Uni<ObjectNode> association(String district, String identifier) {
        return catalog.association(district, identifier)
                .map(found(a -> CaseJson.association(a, a.framework, config.baseUri()), "CFAssociation", identifier));
    }

    public Uni<ObjectNode> rubric(String district, String identifier) {
        return catalog.rubric(district, identifier)
                .map(found(r -> CaseJson.rubric(r, config.baseUri()), "CFRubric", identifier));
    }

    /** A CFLicense or CFAssociationGrouping: the object itself. */
    public Uni<ObjectNode> definition(String district, CaseDefinition.Kind kind, String identifier) {
        return catalog.definitionWithKin(district, kind, identifier)
                .map(found -> CaseJson.definition(first(found, kind, identifier)));
    }

    /**
     * A CFItemType, CFSubject or CFConcept as the standard's set: {@code {"CFSubjects": [requested, descendants]}}.
     */
    public Uni<ObjectNode> definitionSet(String district, CaseDefinition.Kind kind, String identifier) {
        return catalog.definitionWithKin(district, kind, identifier).map(found -> {
            ObjectNode requested = CaseJson.definition(first(found, kind, identifier));
            List<ObjectNode> kin =
                    found.stream().skip(1).map(CaseJson::definition).toList();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putArray(kind.listName).addAll(DefinitionSets.withDescendants(requested, kin));
            return body;
        });
    }

    private static CaseDefinition first(List<CaseDefinition> found, CaseDefinition.Kind kind, String identifier) {
        if (found.isEmpty()) {
            throw CaseApiException.unknownObject(kind.name(), identifier);
        }
        return found.get(0);
    }

    /** Maps a found object; null is the standard's 404. */
    private static <T, R> Function<T, R> found(Function<T, R> view, String kind, String identifier) {
        return value -> {
            if (value == null) {
                throw CaseApiException.unknownObject(kind, identifier);
            }
            return view.apply(value);
        };
    }
}
