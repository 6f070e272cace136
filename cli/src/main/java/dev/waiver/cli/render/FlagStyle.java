package dev.waiver.cli.render;

import java.util.Locale;

/**
 * How a {@link RowFlag} shows on the HTML page: its words, its CSS class (the same in the table and
 * on the timeline) and its rank when the table is sorted by flag, most urgent first.
 */
final class FlagStyle {

    private FlagStyle() {
    }

    /**
     * @param flag a row's flag
     * @return the words shown for it; empty for {@link RowFlag#NONE}
     */
    static String label(RowFlag flag) {
        return switch (flag) {
            case NONE -> "";
            case EXPIRING_SOON -> "Expiring soon";
            case EXPIRED_BUT_ACTIVE -> "Expired but active";
            case NEVER_EXPIRES -> "Never expires";
        };
    }

    /**
     * @param flag a row's flag
     * @return its CSS class: {@code flag-none}, {@code flag-expiring-soon}, {@code flag-expired-but-active},
     *         {@code flag-never-expires}
     */
    static String cssClass(RowFlag flag) {
        return "flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param flag a row's flag
     * @return its sort key: expired-but-active first, then expiring soon, nothing to do, never expires
     */
    static String sortKey(RowFlag flag) {
        return switch (flag) {
            case EXPIRED_BUT_ACTIVE -> "0";
            case EXPIRING_SOON -> "1";
            case NONE -> "2";
            case NEVER_EXPIRES -> "3";
        };
    }
}
