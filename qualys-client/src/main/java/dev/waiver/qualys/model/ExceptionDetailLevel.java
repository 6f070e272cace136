package dev.waiver.qualys.model;

/** How much of each exception a {@code list} answer carries ({@code details} parameter). */
public enum ExceptionDetailLevel {
    /** Exception numbers only. */
    NONE("None"),
    /** Everything except the comment history (Qualys' default). */
    BASIC("Basic"),
    /** Everything, comment history ({@code HISTORY_LIST}) included. */
    ALL("All");

    private final String wireValue;

    ExceptionDetailLevel(String wireValue) {
        this.wireValue = wireValue;
    }

    /** @return the value sent to Qualys */
    public String wireValue() {
        return wireValue;
    }
}
