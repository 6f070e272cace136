package dev.waiver.build;

import org.openapitools.codegen.languages.JavaClientCodegen;

/**
 * openapi-generator's {@code java} generator without its closing donation banner.
 *
 * <p>{@code DefaultCodegen.postProcess()} prints a five-line banner to {@code System.out} after every
 * generation, whatever the log level (openapi-generator 7.17.0 has no switch for it): six copies of it
 * opened the README's first command. This generator is the {@code java} one with that method empty;
 * nothing else changes, and the generator's warnings and errors still go through its logger. Chosen in
 * the parent POM with {@code <generatorName>waiver-java</generatorName>}.
 */
public class QuietJavaClientCodegen extends JavaClientCodegen {

    /** Same options as the {@code java} generator. */
    public QuietJavaClientCodegen() {
        super();
    }

    /** @return {@code waiver-java}, the name the parent POM selects */
    @Override
    public String getName() {
        return "waiver-java";
    }

    /** Prints nothing: the banner is the only thing {@code DefaultCodegen} does here. */
    @Override
    public void postProcess() {
        // Intentionally empty.
    }
}
