package dev.waiver.testkit;

import dev.waiver.har.HarClient;
import dev.waiver.iacm.IacmClient;
import dev.waiver.qualys.QualysClient;
import dev.waiver.sto.StoClient;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts {@link WaiverFakes} for a test class or for each test, and injects it, the four fakes or
 * the four pre-wired clients as parameters of test, lifecycle and constructor methods.
 *
 * <ul>
 *   <li>{@code @ExtendWith(WaiverFakesExtension.class)}, or {@code @RegisterExtension} on a
 *       {@code static} field: one start per class; records are shared by the class's tests
 *       (call {@link WaiverFakes#reset()} for a clean slate).</li>
 *   <li>{@code @RegisterExtension} on an instance field, or {@link #perTest()}: a fresh start
 *       for each test.</li>
 * </ul>
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WaiverFakesExtension FAKES = WaiverFakesExtension.with(b -> b.only(FakeVendor.STO));
 * }</pre>
 */
public final class WaiverFakesExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WaiverFakesExtension.class);
    private static final String KEY = "fakes";

    private static final Map<Class<?>, Function<WaiverFakes, Object>> INJECTABLE = Map.of(
            WaiverFakes.class, f -> f,
            StoFake.class, WaiverFakes::sto,
            HarFake.class, WaiverFakes::har,
            IacmFake.class, WaiverFakes::iacm,
            QualysFake.class, WaiverFakes::qualys,
            StoClient.class, WaiverFakes::stoClient,
            HarClient.class, WaiverFakes::harClient,
            IacmClient.class, WaiverFakes::iacmClient,
            QualysClient.class, WaiverFakes::qualysClient);

    private final Supplier<WaiverFakes> starter;
    private final boolean forcePerTest;
    private volatile WaiverFakes current;

    /** All four fakes on one port; per class or per test depending on how it is registered. */
    public WaiverFakesExtension() {
        this(WaiverFakes::start, false);
    }

    private WaiverFakesExtension(Supplier<WaiverFakes> starter, boolean forcePerTest) {
        this.starter = starter;
        this.forcePerTest = forcePerTest;
    }

    /**
     * @param configuration configures the {@link WaiverFakes.Builder} used for every start
     * @return an extension that starts fakes configured so
     */
    public static WaiverFakesExtension with(java.util.function.Consumer<WaiverFakes.Builder> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        return new WaiverFakesExtension(() -> {
            WaiverFakes.Builder b = WaiverFakes.builder();
            configuration.accept(b);
            return b.start();
        }, false);
    }

    /** @return a copy that starts fresh fakes for each test even when registered on a static field */
    public WaiverFakesExtension perTest() {
        return new WaiverFakesExtension(starter, true);
    }

    /**
     * The running fakes, for code that cannot take a parameter (a field initialiser, a helper).
     *
     * @return the fakes of the test running now
     * @throws IllegalStateException outside a test
     */
    public WaiverFakes fakes() {
        WaiverFakes f = current;
        if (f == null) {
            throw new IllegalStateException("no fakes are running: the extension starts them before the first test (or each test)");
        }
        return f;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!forcePerTest) {
            current = startIn(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (find(context) == null) {
            current = startIn(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIn(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIn(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return INJECTABLE.containsKey(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        WaiverFakes fakes = find(extensionContext);
        if (fakes == null) {
            fakes = startIn(extensionContext);
            current = fakes;
        }
        try {
            return INJECTABLE.get(parameterContext.getParameter().getType()).apply(fakes);
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    private static WaiverFakes find(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(KEY, WaiverFakes.class);
    }

    private WaiverFakes startIn(ExtensionContext context) {
        WaiverFakes fakes = starter.get();
        context.getStore(NAMESPACE).put(KEY, fakes);
        return fakes;
    }

    /** Stops the fakes started at this context's level (not a parent's). */
    private void stopIn(ExtensionContext context) {
        WaiverFakes own = context.getStore(NAMESPACE).remove(KEY, WaiverFakes.class);
        if (own != null) {
            own.close();
            WaiverFakes parent = context.getParent().map(WaiverFakesExtension::find).orElse(null);
            current = parent;
        }
    }
}
