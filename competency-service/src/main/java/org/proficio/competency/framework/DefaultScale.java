package org.proficio.competency.framework;

import java.math.BigDecimal;
import java.util.List;

/** The four-level scale a framework gets unless it chooses another: beginning, developing, proficient, advanced. */
public final class DefaultScale {

    public record Level(String code, String label, BigDecimal score, boolean proficient) {}

    public static final List<Level> LEVELS = List.of(
            new Level("beginning", "Beginning", BigDecimal.ONE, false),
            new Level("developing", "Developing", BigDecimal.valueOf(2), false),
            new Level("proficient", "Proficient", BigDecimal.valueOf(3), true),
            new Level("advanced", "Advanced", BigDecimal.valueOf(4), true));

    private DefaultScale() {}
}
