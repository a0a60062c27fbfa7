package dev.kakehashi.collaboration;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.ClusterLocks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure Jira has one issue type per kind of request. Runs when the app starts on a node and when an admin asks;
 * any number of runs, on any number of nodes at once, leave exactly one issue type per kind: the work runs under a
 * cluster lock, an issue type already recorded or already present under the same name is reused, and the record of
 * each kind is unique in the database. Nothing is ever deleted.
 */
public class RequestTypeInstaller {
    static final String LOCK = "dev.kakehashi.collaboration.issue-types";

    private final IssueTypeBindingStore bindings;
    private final HostIssueTypes issueTypes;
    private final ClusterLocks locks;
    private final Caches.CachedValue<Map<RequestKind, String>> cached;

    public RequestTypeInstaller(IssueTypeBindingStore bindings, HostIssueTypes issueTypes, ClusterLocks locks,
                                Caches caches) {
        this.bindings = bindings;
        this.issueTypes = issueTypes;
        this.locks = locks;
        this.cached = caches.value("dev.kakehashi.collaboration.issue-types",
                () -> Map.copyOf(new EnumMap<>(bindings.all())));
    }

    /** The state of one kind's issue type. */
    public record TypeState(RequestKind kind, String issueTypeId, String name, boolean present) {
    }

    /** Creates what is missing; returns the state of every kind afterwards. */
    public List<TypeState> install() {
        List<TypeState> states = locks.underLock(LOCK, () -> {
            Map<RequestKind, String> known = bindings.all();
            List<TypeState> result = new ArrayList<>();
            for (RequestKind kind : RequestKind.values()) {
                result.add(ensure(kind, known.get(kind)));
            }
            return result;
        });
        cached.reset();
        return states;
    }

    private TypeState ensure(RequestKind kind, String boundId) {
        if (boundId != null) {
            Optional<HostIssueTypes.IssueTypeRef> existing = issueTypes.byId(boundId);
            if (existing.isPresent()) {
                return new TypeState(kind, boundId, existing.get().name(), true);
            }
        }
        HostIssueTypes.IssueTypeRef type = issueTypes.named(kind).orElseGet(() -> issueTypes.create(kind));
        if (boundId == null) {
            if (!bindings.bind(kind, type.id())) {
                // another node recorded one between our read and now: keep theirs
                String theirs = bindings.all().get(kind);
                return issueTypes.byId(theirs).map(t -> new TypeState(kind, theirs, t.name(), true))
                        .orElse(new TypeState(kind, theirs, "", false));
            }
        } else {
            bindings.rebind(kind, type.id());
        }
        return new TypeState(kind, type.id(), type.name(), true);
    }

    /** The state of every kind, without changing anything. */
    public List<TypeState> state() {
        Map<RequestKind, String> known = issueTypes();
        List<TypeState> result = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            String id = known.get(kind);
            Optional<HostIssueTypes.IssueTypeRef> type = id == null ? Optional.empty() : issueTypes.byId(id);
            result.add(new TypeState(kind, id, type.map(HostIssueTypes.IssueTypeRef::name).orElse(""), type.isPresent()));
        }
        return result;
    }

    /** The issue type id of each installed kind, from the cluster cache (no database read when warm). */
    public Map<RequestKind, String> issueTypes() {
        return cached.get();
    }

    /** The kind whose issue type this is, if it is one of ours. */
    public Optional<RequestKind> kindOf(String issueTypeId) {
        if (issueTypeId == null) {
            return Optional.empty();
        }
        return issueTypes().entrySet().stream().filter(e -> e.getValue().equals(issueTypeId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Whether the host has issue types: requests exist in Jira only. */
    public boolean supported() {
        return issueTypes.supported();
    }

    /** Every project with which request types its scheme offers. */
    public List<HostIssueTypes.ProjectTypes> projects() {
        return issueTypes.projects(List.copyOf(issueTypes().values()));
    }

    /** The projects whose scheme offers at least one request type: where people can start a request. */
    public List<HostIssueTypes.ProjectTypes> projectsOffering() {
        return projects().stream().filter(p -> !p.offered().isEmpty()).toList();
    }

    /** Adds every installed request type to the project's issue type scheme; false for an unknown project. */
    public boolean addToProject(String projectKey) {
        List<String> ids = List.copyOf(issueTypes().values());
        if (ids.isEmpty()) {
            throw dev.kakehashi.platform.Rejection.of(dev.kakehashi.platform.Rejection.Reason.CONFLICT, null,
                    "kakehashi.collaboration.error.types.missing");
        }
        return issueTypes.addToProject(projectKey, ids);
    }
}
