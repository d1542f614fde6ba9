package org.proficio.competency.scale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The four-level scale every district has without creating it: beginning, developing, proficient, advanced, the
 * last two proficient (the same levels a framework gets when it names no scale). It is not stored; its id is derived
 * from the district, so each district sees its own and no other.
 */
public final class DefaultScale {

    public static final String NAME = "Default";

    public static final String DESCRIPTION =
            "The four-level scale every district starts with; the last two levels count as proficient.";

    public static final List<ProficiencyLevel> LEVELS = List.of(
            new ProficiencyLevel(
                    "beginning",
                    "Beginning",
                    "Starts to show the skill with help; important parts are still missing.",
                    BigDecimal.ONE,
                    false),
            new ProficiencyLevel(
                    "developing",
                    "Developing",
                    "Shows parts of the skill independently; some errors or gaps remain.",
                    BigDecimal.valueOf(2),
                    false),
            new ProficiencyLevel(
                    "proficient",
                    "Proficient",
                    "Shows the skill fully and independently; meets the standard.",
                    BigDecimal.valueOf(3),
                    true),
            new ProficiencyLevel(
                    "advanced",
                    "Advanced",
                    "Applies the skill in new or complex situations; goes beyond the standard.",
                    BigDecimal.valueOf(4),
                    true));

    private DefaultScale() {}

    /** The id under which the district sees its default scale. */
    public static UUID id(String district) {
        return UUID.nameUUIDFromBytes(("proficio:default-scale:" + district).getBytes(StandardCharsets.UTF_8));
    }
}
