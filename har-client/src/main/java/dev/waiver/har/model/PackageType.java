package dev.waiver.har.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * The kind of package a registry holds. Harness documents this list as extensible ("clients must
 * handle unknown values"): a type this SDK version does not know is kept as it is (see
 * {@link #isKnown()}), sent back unchanged, and never makes a call fail.
 */
public final class PackageType extends OpenEnum<PackageType> {

    /** DOCKER packages. */
    public static final PackageType DOCKER = known(PackageType.class, new PackageType("DOCKER"));
    /** MAVEN packages. */
    public static final PackageType MAVEN = known(PackageType.class, new PackageType("MAVEN"));
    /** PYTHON packages. */
    public static final PackageType PYTHON = known(PackageType.class, new PackageType("PYTHON"));
    /** GENERIC packages. */
    public static final PackageType GENERIC = known(PackageType.class, new PackageType("GENERIC"));
    /** HELM packages. */
    public static final PackageType HELM = known(PackageType.class, new PackageType("HELM"));
    /** HELM_HTTP packages. */
    public static final PackageType HELM_HTTP = known(PackageType.class, new PackageType("HELM_HTTP"));
    /** NUGET packages. */
    public static final PackageType NUGET = known(PackageType.class, new PackageType("NUGET"));
    /** NPM packages. */
    public static final PackageType NPM = known(PackageType.class, new PackageType("NPM"));
    /** RPM packages. */
    public static final PackageType RPM = known(PackageType.class, new PackageType("RPM"));
    /** CARGO packages. */
    public static final PackageType CARGO = known(PackageType.class, new PackageType("CARGO"));
    /** COMPOSER packages. */
    public static final PackageType COMPOSER = known(PackageType.class, new PackageType("COMPOSER"));
    /** GO packages. */
    public static final PackageType GO = known(PackageType.class, new PackageType("GO"));
    /** HUGGINGFACE packages. */
    public static final PackageType HUGGINGFACE = known(PackageType.class, new PackageType("HUGGINGFACE"));
    /** CONDA packages. */
    public static final PackageType CONDA = known(PackageType.class, new PackageType("CONDA"));
    /** DART packages. */
    public static final PackageType DART = known(PackageType.class, new PackageType("DART"));
    /** SWIFT packages. */
    public static final PackageType SWIFT = known(PackageType.class, new PackageType("SWIFT"));
    /** PUPPET packages. */
    public static final PackageType PUPPET = known(PackageType.class, new PackageType("PUPPET"));
    /** RUBY packages. */
    public static final PackageType RUBY = known(PackageType.class, new PackageType("RUBY"));
    /** RAW packages. */
    public static final PackageType RAW = known(PackageType.class, new PackageType("RAW"));
    /** DEBIAN packages. */
    public static final PackageType DEBIAN = known(PackageType.class, new PackageType("DEBIAN"));
    /** CONAN packages. */
    public static final PackageType CONAN = known(PackageType.class, new PackageType("CONAN"));
    /** TERRAFORM packages. */
    public static final PackageType TERRAFORM = known(PackageType.class, new PackageType("TERRAFORM"));
    /** CRAN packages. */
    public static final PackageType CRAN = known(PackageType.class, new PackageType("CRAN"));

    private PackageType(String value) {
        super(value);
    }

    /**
     * The package type for a wire value, known or not.
     *
     * @param value the exact wire text; {@code null} gives {@code null}
     * @return the matching constant, or a new value holding unknown text
     */
    @JsonCreator
    public static PackageType of(String value) {
        return fromValue(PackageType.class, value, PackageType::new);
    }

    /** @return the package types this SDK version knows, in declaration order */
    public static Collection<PackageType> values() {
        return knownValues(PackageType.class);
    }
}
