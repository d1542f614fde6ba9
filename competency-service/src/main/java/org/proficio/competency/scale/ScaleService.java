package org.proficio.competency.scale;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.competency.scale.ScaleRequests.NewLevel;
import org.proficio.competency.scale.ScaleRequests.NewScale;
import org.proficio.competency.scale.ScaleViews.ScaleView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/** Defines and reads a district's proficiency scales; the default scale is always there. */
@ApplicationScoped
public class ScaleService {

    /** Where the default scale sorts in a list: before every stored scale. */
    private static final OffsetDateTime DEFAULT_SCALE_POSITION =
            OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

    private final ScaleRepository scales;

    public ScaleService(ScaleRepository scales) {
        this.scales = scales;
    }

    /**
     * The levels of a scale of the district, lowest first, for a framework that is created on it. A null id means
     * the default scale.
     *
     * @return a failed Uni with a 422 (field {@code scaleId}) when the district has no such scale
     */
    @WithSession
    public Uni<List<ProficiencyLevel>> levelsFor(@NotNull String district, UUID scaleId) {
        if (scaleId == null || scaleId.equals(DefaultScale.id(district))) {
            return Uni.createFrom().item(DefaultScale.LEVELS);
        }
        return scales.findWithLevels(district, scaleId).map(scale -> {
            if (scale == null) {
                throw ProblemException.unprocessable(
                        "Your district has no proficiency scale " + scaleId + ".",
                        new FieldError("scaleId", "names no scale of your district: " + scaleId));
            }
            return scale.levels.stream().map(ProficiencyScaleLevel::toLevel).toList();
        });
    }

    @WithTransaction
    public Uni<ScaleView> create(@NotNull String district, @NotNull @Valid NewScale request) {
        ScaleRules.check(request.levels());
        String name = request.name().strip();
        if (name.equalsIgnoreCase(DefaultScale.NAME)) {
            return Uni.createFrom().failure(nameTaken(name));
        }
        return scales.nameTaken(district, name).chain(taken -> {
            if (taken) {
                return Uni.createFrom().failure(nameTaken(name));
            }
            ProficiencyScale scale = scale(district, name, request);
            return scales.persist(scale).map(ScaleView::of);
        });
    }

    /** The scale, or null when the district has none by that id. */
    @WithSession
    public Uni<ScaleView> find(@NotNull String district, @NotNull UUID id) {
        if (id.equals(DefaultScale.id(district))) {
            return Uni.createFrom().item(ScaleView.ofDefault(district));
        }
        return scales.findWithLevels(district, id).map(s -> s == null ? null : ScaleView.of(s));
    }

    /** The district's scales in creation order, the default scale first. */
    @WithSession
    public Uni<Page<ScaleView>> list(@NotNull String district, PageCursor after, int limit) {
        boolean firstPage = after == null;
        // one row more than shown tells whether a next page exists; on the first page the default is one of them
        return scales.page(district, after, firstPage ? limit : limit + 1).map(stored -> {
            List<ScaleView> rows = new ArrayList<>();
            if (firstPage) {
                rows.add(ScaleView.ofDefault(district));
            }
            stored.forEach(s -> rows.add(ScaleView.of(s)));
            return Page.of(rows, limit, v -> v, ScaleService::cursor);
        });
    }

    private static PageCursor cursor(ScaleView view) {
        return new PageCursor(view.builtIn() ? DEFAULT_SCALE_POSITION : view.createdAt(), view.id());
    }

    private static ProblemException nameTaken(String name) {
        return new ProblemException(
                409,
                "conflict",
                "Conflict",
                "Your district already has a scale named \"" + name + "\".",
                List.of(new FieldError("name", "is taken: " + name)));
    }

    private static ProficiencyScale scale(String district, String name, NewScale request) {
        ProficiencyScale scale = new ProficiencyScale();
        scale.id = UUID.randomUUID();
        scale.district = district;
        scale.name = name;
        scale.description = request.description();
        scale.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int position = 0;
        for (NewLevel l : request.levels()) {
            ProficiencyScaleLevel level = new ProficiencyScaleLevel();
            level.id = UUID.randomUUID();
            level.scale = scale;
            level.position = position++;
            level.code = l.code();
            level.label = l.label().strip();
            level.description = l.description();
            level.score = l.score();
            level.proficient = l.proficient();
            scale.levels.add(level);
        }
        return scale;
    }
}
