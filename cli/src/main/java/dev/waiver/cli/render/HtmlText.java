package dev.waiver.cli.render;

/**
 * Escapes text for an HTML page (inline SVG included), in element content and in quoted attribute
 * values alike.
 *
 * <p>Everything a vendor sends (ids, names, statements) goes through {@link #escape(String)}: markup
 * characters become character references, so no vendor text can open an element or an attribute.
 * The result is pure ASCII (every other character becomes a numeric reference), so the page reads the
 * same whatever charset the writer it is printed to uses. Characters HTML does not allow in a
 * document (control characters other than tab, line feed and carriage return; unpaired surrogates;
 * non-characters) become U+FFFD.
 */
final class HtmlText {

    private static final int REPLACEMENT = 0xFFFD;

    private HtmlText() {
    }

    /**
     * @param text any text; {@code null} reads as empty
     * @return the text safe for element content and for a single- or double-quoted attribute value
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> appendChar(sb, allowed(cp) ? cp : REPLACEMENT);
            }
        }
        return sb.toString();
    }

    private static void appendChar(StringBuilder sb, int cp) {
        if (cp < 0x7F) {
            sb.append((char) cp);
        } else {
            sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
        }
    }

    /** Whether HTML allows the code point in a document (its "control" and "noncharacter" rules). */
    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (Character.getType(cp) == Character.SURROGATE) {
            return false;
        }
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}
