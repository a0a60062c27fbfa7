package dev.kakehashi.knowledge.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.knowledge.KnowledgeKind;
import dev.kakehashi.knowledge.KnowledgePage;
import dev.kakehashi.knowledge.KnowledgeQuery;
import dev.kakehashi.knowledge.KnowledgeStore;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Knowledge pages in Active Objects. A log page is one statement (a space's or every space's log) or two (filtered
 * by department: the department rows, then the pages they point to).
 */
public class AoKnowledgeStore implements KnowledgeStore {
    static final String EVERY_SPACE = "*";

    private final ActiveObjects ao;

    public AoKnowledgeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    static String logKey(KnowledgeKind kind, String spaceKey) {
        return kind.key() + "|" + (spaceKey == null ? EVERY_SPACE : spaceKey);
    }

    /** How often an insert is tried when the database rolls it back for colliding with another one. */
    static final int ATTEMPTS = 3;

    @Override
    public KnowledgePage insert(KnowledgePage page) {
        for (int attempt = 1; ; attempt++) {
            try {
                return insertOnce(page);
            } catch (RuntimeException e) {
                if (AoErrors.isConstraintViolation(e)) {
                    Optional<KnowledgePage> first = find(page.pageId());
                    if (first.isPresent()) {
                        return first.get();
                    }
                }
                if (!AoErrors.isRolledBackByConflict(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private KnowledgePage insertOnce(KnowledgePage page) {
        return ao.executeInTransaction(() -> {
            AoKnowledgePage row = ao.create(AoKnowledgePage.class,
                    new DBParam(AoKnowledgePage.PAGE_ID, page.pageId()),
                    new DBParam(AoKnowledgePage.SPACE_KEY, page.spaceKey()),
                    new DBParam(AoKnowledgePage.KIND, page.kind().key()),
                    new DBParam(AoKnowledgePage.LOG_KEY, logKey(page.kind(), page.spaceKey())),
                    new DBParam(AoKnowledgePage.TITLE, page.title()),
                    new DBParam(AoKnowledgePage.DEPARTMENTS, joined(page.departments())),
                    new DBParam(AoKnowledgePage.REQUEST_KEY, page.requestKey() == null ? "" : page.requestKey()),
                    new DBParam(AoKnowledgePage.SUMMARY, page.summary()),
                    new DBParam(AoKnowledgePage.PAGE_DATE, page.date().toString()),
                    new DBParam(AoKnowledgePage.CREATOR_KEY, page.creatorKey()),
                    new DBParam(AoKnowledgePage.CREATED_AT, page.createdAt().toEpochMilli()),
                    new DBParam(AoKnowledgePage.LINK_STATE, page.linkState().name()));
            for (String department : page.departments()) {
                for (String space : Arrays.asList(page.spaceKey(), null)) {
                    ao.create(AoKnowledgeDepartment.class,
                            new DBParam(AoKnowledgeDepartment.LOG_KEY, logKey(page.kind(), space) + "|" + department),
                            new DBParam(AoKnowledgeDepartment.PAGE_ROW, row.getID()));
                }
            }
            return page.withId(row.getID());
        });
    }

    @Override
    public Optional<KnowledgePage> find(long pageId) {
        AoKnowledgePage[] rows = ao.find(AoKnowledgePage.class, Query.select(AoKnowledgePage.SELECT)
                .where(AoKnowledgePage.PAGE_ID + " = ?", pageId));
        return rows.length == 0 ? Optional.empty() : Optional.of(page(rows[0]));
    }

    @Override
    public void setLinkState(long pageId, LinkState state) {
        ao.executeInTransaction(() -> {
            for (AoKnowledgePage row : ao.find(AoKnowledgePage.class, Query.select(AoKnowledgePage.SELECT)
                    .where(AoKnowledgePage.PAGE_ID + " = ?", pageId))) {
                row.setLinkState(state.name());
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<KnowledgePage> list(KnowledgeQuery query) {
        int before = AoIds.below(query.before());
        if (query.departmentKey() == null) {
            Query select = query.spaceKey() == null
                    ? Query.select(AoKnowledgePage.SELECT).where(AoKnowledgePage.KIND + " = ? AND ID < ?",
                    query.kind().key(), before)
                    : Query.select(AoKnowledgePage.SELECT).where(AoKnowledgePage.LOG_KEY + " = ? AND ID < ?",
                    logKey(query.kind(), query.spaceKey()), before);
            return Arrays.stream(ao.find(AoKnowledgePage.class, select.order("ID DESC").limit(query.limit())))
                    .map(AoKnowledgeStore::page).toList();
        }
        AoKnowledgeDepartment[] named = ao.find(AoKnowledgeDepartment.class, Query.select("ID, "
                        + AoKnowledgeDepartment.PAGE_ROW).where(AoKnowledgeDepartment.LOG_KEY + " = ? AND "
                        + AoKnowledgeDepartment.PAGE_ROW + " < ?", logKey(query.kind(), query.spaceKey()) + "|"
                        + query.departmentKey(), before)
                .order(AoKnowledgeDepartment.PAGE_ROW + " DESC").limit(query.limit()));
        if (named.length == 0) {
            return List.of();
        }
        Object[] ids = Arrays.stream(named).map(AoKnowledgeDepartment::getPageRow).toArray();
        String marks = String.join(", ", Collections.nCopies(ids.length, "?"));
        List<KnowledgePage> pages = new ArrayList<>(Arrays.stream(ao.find(AoKnowledgePage.class,
                Query.select(AoKnowledgePage.SELECT).where("ID IN (" + marks + ")", ids)))
                .map(AoKnowledgeStore::page).toList());
        pages.sort(Comparator.comparingLong(KnowledgePage::id).reversed());
        return pages;
    }

    private static KnowledgePage page(AoKnowledgePage row) {
        KnowledgeKind kind = KnowledgeKind.byKey(row.getKind()).orElse(KnowledgeKind.RESULTS);
        LinkState state;
        try {
            state = LinkState.valueOf(row.getLinkState());
        } catch (IllegalArgumentException e) {
            state = LinkState.NONE;
        }
        String request = row.getRequestKey();
        return new KnowledgePage(row.getID(), row.getPageId(), row.getSpaceKey(), kind, row.getTitle(),
                split(row.getDepartments()), request == null || request.isEmpty() ? null : request,
                row.getSummary() == null ? "" : row.getSummary(), LocalDate.parse(row.getPageDate()),
                row.getCreatorKey(), Instant.ofEpochMilli(row.getCreatedAt()), state);
    }

    private static String joined(List<String> keys) {
        return keys.isEmpty() ? "||" : "|" + String.join("|", keys) + "|";
    }

    private static List<String> split(String keys) {
        return keys == null ? List.of() : Arrays.stream(keys.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }
}
