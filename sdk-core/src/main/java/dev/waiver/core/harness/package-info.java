/**
 * What every Harness client shares: the one place where the Harness settings (API key, account,
 * default organisation and project, base URL, transport) are declared, for {@code StoClient},
 * {@code HarClient}, {@code IacmClient} and the {@code HarnessClient} that serves all three.
 */
package dev.waiver.core.harness;
