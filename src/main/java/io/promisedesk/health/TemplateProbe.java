package io.promisedesk.health;

import java.util.Optional;

/** The port that renders one of the plugin's templates with an empty context, as the host renders its pages. */
public interface TemplateProbe {

    /** Empty when the template rendered; else what went wrong. */
    Optional<String> render(String template);
}
