/**
 * Stateful fakes of the four vendor APIs Waiver covers, for your tests: start them with
 * {@link dev.waiver.testkit.WaiverFakes} (plain Java) or
 * {@link dev.waiver.testkit.WaiverFakesExtension} (JUnit 5), use the pre-wired clients, seed and
 * inspect records on {@link dev.waiver.testkit.StoFake}, {@link dev.waiver.testkit.HarFake},
 * {@link dev.waiver.testkit.IacmFake} and {@link dev.waiver.testkit.QualysFake}, inject faults
 * with {@link dev.waiver.testkit.FakeFault} and move time with {@link dev.waiver.testkit.TestClock}.
 */
package dev.waiver.testkit;
