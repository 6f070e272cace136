package dev.waiver.qualys;

import java.util.List;

/** Checks shared by the request builders; messages name the builder method and the rule. */
final class Validation {

    private Validation() {
    }

    static void requiredPositive(Long value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required: call ." + name + "(...)");
        }
        positive(value, name);
    }

    static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    static void requiredText(String value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required: call ." + name + "(...)");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    static void tags(List<String> tags, String name) {
        if (tags == null) {
            return;
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException(name + " must name at least one tag");
        }
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException(name + " must not contain a blank tag");
            }
            if (tag.contains(",")) {
                throw new IllegalArgumentException(name + " tags must not contain a comma (Qualys separates tags with "
                        + "commas): '" + tag + "'");
            }
        }
    }
}
