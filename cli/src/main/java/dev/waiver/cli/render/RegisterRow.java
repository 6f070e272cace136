package dev.waiver.cli.render;

import dev.waiver.acceptances.RiskAcceptance;
import java.util.Objects;

/** One line of the register: an active risk acceptance and its flag. */
public final class RegisterRow {

    private final RiskAcceptance acceptance;
    private final RowFlag flag;

    /**
     * @param acceptance the acceptance
     * @param flag       why it needs attention, if it does
     */
    public RegisterRow(RiskAcceptance acceptance, RowFlag flag) {
        this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
        this.flag = Objects.requireNonNull(flag, "flag");
    }

    /** @return the acceptance */
    public RiskAcceptance acceptance() {
        return acceptance;
    }

    /** @return its flag */
    public RowFlag flag() {
        return flag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterRow && ((RegisterRow) o).acceptance.equals(acceptance) && ((RegisterRow) o).flag == flag;
    }

    @Override
    public int hashCode() {
        return Objects.hash(acceptance, flag);
    }

    @Override
    public String toString() {
        return "RegisterRow{" + flag + ", " + acceptance + "}";
    }
}
