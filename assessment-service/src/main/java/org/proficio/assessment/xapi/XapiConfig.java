package org.proficio.assessment.xapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Tunables of xAPI statement intake. */
@ConfigMapping(prefix = "proficio.xapi")
public interface XapiConfig {

    /**
     * Account homePages whose {@code account.name} is taken as the district's learner id when the account is not
     * mapped; absent = any homePage (e.g. {@code https://sis.example.org}).
     */
    Optional<List<String>> accountHomePages();

    /** The most statements one POST may carry. */
    @WithDefault("1000")
    int maxStatements();
}
