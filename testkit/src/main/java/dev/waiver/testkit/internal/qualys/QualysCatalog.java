package dev.waiver.testkit.internal.qualys;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@code request} names only by id and a list shows by name: hosts (IP, network),
 * technologies, policies, controls. A test registers what it asserts on; an id nobody registered
 * gets generated, stable values (a host's IP derived from its id), so a request never fails for
 * want of an inventory. A host can be registered without IP (agent-tracked), and a host id can be
 * declared unknown (Qualys has no such host).
 */
public final class QualysCatalog {

    /**
     * @param ip      the host's IP address, or {@code null} for a host tracked without one (by agent)
     * @param network its network name, or {@code null}
     */
    public record Host(String ip, String network) {
    }

    /**
     * @param statement        the control's statement
     * @param criticalityValue its criticality value
     * @param criticalityLabel its criticality label
     */
    public record Control(String statement, int criticalityValue, String criticalityLabel) {
    }

    private final Map<Long, Host> hosts = new ConcurrentHashMap<>();
    private final Map<Long, String> technologies = new ConcurrentHashMap<>();
    private final Map<Long, String> policies = new ConcurrentHashMap<>();
    private final Map<Long, Control> controls = new ConcurrentHashMap<>();
    private final Set<Long> unknownHosts = ConcurrentHashMap.newKeySet();

    /**
     * @param id a host id
     * @param host the host
     */
    public void host(long id, Host host) {
        unknownHosts.remove(id);
        hosts.put(id, host);
    }

    /**
     * @param id a host id Qualys is to know nothing of (a registered host of that id is forgotten)
     */
    public void unknownHost(long id) {
        hosts.remove(id);
        unknownHosts.add(id);
    }

    /**
     * @param id a host id
     * @return whether Qualys knows the host: registered or generated, not declared unknown
     */
    public boolean hostExists(long id) {
        return !unknownHosts.contains(id);
    }

    /** @return the ids of the registered hosts, ascending */
    public List<Long> registeredHostIds() {
        return hosts.keySet().stream().sorted().toList();
    }

    /**
     * @param id a technology id
     * @param name its name
     */
    public void technology(long id, String name) {
        technologies.put(id, name);
    }

    /**
     * @param id a policy id
     * @param name its title
     */
    public void policy(long id, String name) {
        policies.put(id, name);
    }

    /**
     * @param id a control id
     * @param control the control
     */
    public void control(long id, Control control) {
        controls.put(id, control);
    }

    /** Forgets everything registered. */
    public void clear() {
        hosts.clear();
        technologies.clear();
        policies.clear();
        controls.clear();
        unknownHosts.clear();
    }

    /**
     * @param id a host id
     * @return the host, registered or generated
     */
    public Host host(long id) {
        Host h = hosts.get(id);
        return h != null ? h : new Host(generatedIp(id), null);
    }

    /**
     * @param id a technology id
     * @return its name, registered or generated
     */
    public String technology(long id) {
        return technologies.getOrDefault(id, "Technology " + id);
    }

    /**
     * @param id a policy id
     * @return its title, registered or generated
     */
    public String policy(long id) {
        return policies.getOrDefault(id, "Policy " + id);
    }

    /**
     * @param id a control id
     * @return the control, registered or generated
     */
    public Control control(long id) {
        Control c = controls.get(id);
        return c != null ? c : new Control("Control " + id, 3, "SERIOUS");
    }

    /**
     * @param n a number
     * @return an address in 10.0.0.0/8 derived from it
     */
    public static String generatedIp(long n) {
        long v = Math.floorMod(n, 1L << 24);
        return "10." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
}
