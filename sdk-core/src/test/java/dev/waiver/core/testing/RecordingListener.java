package dev.waiver.core.testing;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.WaiverException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link CallListener} that writes every event as one line and keeps every object it was given,
 * for exact event-sequence assertions. Durations are left out of the lines (they vary) but kept in
 * {@link #objects()}.
 */
public final class RecordingListener implements CallListener {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Object> objects = new CopyOnWriteArrayList<>();
    private final List<CallInfo> calls = new CopyOnWriteArrayList<>();

    @Override
    public void callStarted(CallInfo call) {
        calls.add(call);
        keep(call);
        events.add("callStarted " + call.operation() + " " + call.method() + " " + call.urlTemplate());
    }

    @Override
    public void attemptStarted(CallInfo call, int attempt) {
        keep(call);
        events.add("attemptStarted " + attempt);
    }

    @Override
    public void attemptFinished(CallInfo call, AttemptResult result) {
        keep(call, result);
        events.add("attemptFinished " + result.attempt() + " status="
                + (result.statusCode().isPresent() ? String.valueOf(result.statusCode().getAsInt()) : "none")
                + " requestId=" + result.requestId().orElse("none")
                + " failure=" + result.failure().map(f -> f.getClass().getSimpleName()).orElse("none"));
    }

    @Override
    public void retryScheduled(CallInfo call, int attempt, Duration delay, WaiverException reason) {
        keep(call, delay, reason);
        events.add("retryScheduled " + attempt + " delay=" + delay + " reason=" + reason.getClass().getSimpleName());
    }

    @Override
    public void callFinished(CallInfo call, CallOutcome outcome) {
        keep(call, outcome);
        events.add("callFinished attempts=" + outcome.attempts() + " "
                + outcome.failure().map(f -> "failed " + f.getClass().getSimpleName()).orElse("succeeded"));
    }

    @Override
    public void pageFetched(CallInfo call, int pageIndex, int items) {
        keep(call);
        events.add("pageFetched " + pageIndex + " items=" + items);
    }

    private void keep(Object... given) {
        objects.addAll(List.of(given));
    }

    /** @return the events so far, one line each */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** @return every object passed to the listener, in order */
    public List<Object> objects() {
        return List.copyOf(objects);
    }

    /** @return the {@link CallInfo} of each call started, in order */
    public List<CallInfo> calls() {
        return List.copyOf(calls);
    }

    /** @return the text of every object passed, and of the failures' messages, for secret checks */
    public String everythingSaid() {
        List<String> text = new ArrayList<>(events);
        for (Object o : objects) {
            text.add(String.valueOf(o));
            if (o instanceof CallInfo c) {
                text.add(c.urlTemplate());
                text.add(c.serverAddress());
            }
        }
        // Durations and ports are measured or assigned numbers: masked, so that a check for a query value's
        // digits (e.g. "291") cannot match them by chance (PT0.012910157S, localhost:38291).
        return String.join("\n", text).replaceAll("PT[0-9.]+S", "PT#S").replaceAll(":[0-9]+", ":#");
    }
}
