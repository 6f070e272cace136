package dev.waiver.qualys.model;

/** How the tags of a v3.0 {@code request} are named ({@code tag_set_by}). */
public enum TagSetBy {
    /** Tags given by id (Qualys' default). */
    ID("id"),
    /** Tags given by name. */
    NAME("name");

    private final String wireValue;

    TagSetBy(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the value sent to Qualys */
    public String wireValue() {
        return wireValue;
    }
}
