package dev.waiver.reliability.support;

/** The four vendor APIs, with the content type their answers carry. */
public enum Vendor {
    STO("application/json"),
    HAR("application/json"),
    IACM("application/json"),
    QUALYS("text/xml;charset=UTF-8");

    private final String contentType;

    Vendor(String contentType) {
        this.contentType = contentType;
    }

    /** @return the content type of the vendor's answers */
    public String contentType() {
        return contentType;
    }

    /** @return whether the vendor answers in XML */
    public boolean xml() {
        return this == QUALYS;
    }
}
