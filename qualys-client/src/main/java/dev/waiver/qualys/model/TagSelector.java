package dev.waiver.qualys.model;

/** Whether a host must carry all or any of the tags of a set ({@code tag_include_selector}, {@code tag_exclude_selector}). */
public enum TagSelector {
    /** The host must carry every tag of the set. */
    ALL("all"),
    /** The host must carry at least one tag of the set (Qualys' default). */
    ANY("any");

    private final String wireValue;

    TagSelector(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the value sent to Qualys */
    public String wireValue() {
        return wireValue;
    }
}
