package dev.kakehashi.thanks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company-wide wall: this product's thanks and the other product's, merged newest first, a page at a time.
 * Each source keeps its own place in the {@link Cursor} (the id below which it continues, or that it has no more),
 * so a page takes from each source exactly what it showed and the next page goes on from there: nothing is lost or
 * shown twice, whatever the timestamps are, ties included (at equal times this product's thanks come first).
 * A source that cannot be asked (the other product unreachable, say) keeps its place: the page shows the other
 * source's thanks, and a later page, once it answers again, goes on with its thanks from where it stood.
 */
public final class CompanyWall {
    /** Rounds a source may be asked within one page when it answers with no thanks but more to come. */
    static final int MAX_ROUNDS = 3;

    private CompanyWall() {
    }

    /** Where one source stands: at its start, continuing below an id, or with nothing more. */
    public record Position(Long before, boolean done) {
        public static final Position START = new Position(null, false);
        public static final Position DONE = new Position(null, true);

        static Position below(long id) {
            return new Position(id, false);
        }

        String text() {
            return done ? "d" : before == null ? "s" : Long.toString(before);
        }

        static Position of(String text) {
            return switch (text) {
                case "s" -> START;
                case "d" -> DONE;
                default -> below(Long.parseLong(text));
            };
        }
    }

    /** Where both sources stand: the text form {@code <local>.<other>}, each {@code s}, {@code d} or an id. */
    public record Cursor(Position local, Position other) {
        public static final Cursor START = new Cursor(Position.START, Position.START);
        private static final Pattern TEXT = Pattern.compile("(s|d|[1-9][0-9]{0,17})\\.(s|d|[1-9][0-9]{0,17})");

        /** The cursor a client sent back; empty when the text is not one this class wrote. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || text.isBlank()) {
                return Optional.of(START);
            }
            Matcher m = TEXT.matcher(text.strip());
            return m.matches() ? Optional.of(new Cursor(Position.of(m.group(1)), Position.of(m.group(2))))
                    : Optional.empty();
        }

        public String text() {
            return local.text() + "." + other.text();
        }
    }

    /** One thanks as the merge sees it: its id in its own product, when it was given, and what is shown of it. */
    public record Entry<T>(long id, Instant createdAt, T item) {
    }

    /**
     * What one source answered: thanks newest first, and the id to continue below (null when it has no more); or,
     * when {@code unavailable}, that it could not be asked, which says nothing of what it has.
     */
    public record Batch<T>(List<Entry<T>> entries, Long next, boolean unavailable) {
        public Batch {
            entries = List.copyOf(entries);
        }

        public Batch(List<Entry<T>> entries, Long next) {
            this(entries, next, false);
        }

        /** The source has no (more) thanks. */
        public static <T> Batch<T> none() {
            return new Batch<>(List.of(), null, false);
        }

        /** The source could not be asked now: it keeps its place in the cursor. */
        public static <T> Batch<T> unavailableNow() {
            return new Batch<>(List.of(), null, true);
        }
    }

    /** A source of thanks newest first: up to {@code limit} of them below {@code before} (null: from the newest). */
    @FunctionalInterface
    public interface Source<T> {
        Batch<T> fetch(Long before, int limit);
    }

    /** A merged page and the cursor of the next one (null when both sources have no more). */
    public record Page<T>(List<T> items, Cursor next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** The page of at most {@code limit} thanks that follows {@code at}. */
    public static <T> Page<T> page(Cursor at, int limit, Source<T> local, Source<T> other) {
        Side<T> mine = new Side<>(local, at.local(), limit);
        Side<T> theirs = new Side<>(other, at.other(), limit);
        List<T> items = new ArrayList<>();
        while (items.size() < limit) {
            Entry<T> a = mine.head();
            Entry<T> b = theirs.head();
            Side<T> from;
            if (a != null && b != null) {
                from = b.createdAt().isAfter(a.createdAt()) ? theirs : mine;
            } else if (a != null && (theirs.position.done() || theirs.unavailable)) {
                // a source that could not be asked keeps its position: its thanks come on a later page
                from = mine;
            } else if (b != null && (mine.position.done() || mine.unavailable)) {
                from = theirs;
            } else {
                // both have no more, or one could not say what comes next within its rounds: the page ends here
                break;
            }
            items.add(from.take().item());
        }
        Cursor next = new Cursor(mine.position, theirs.position);
        return new Page<>(items, mine.position.done() && theirs.position.done() ? null : next);
    }

    /** One source during one page: what it answered and not yet shown, and its position after what was shown. */
    private static final class Side<T> {
        private final Source<T> source;
        private final int limit;
        private final Deque<Entry<T>> buffer = new ArrayDeque<>();
        private Position position;
        private Long batchNext;
        private int rounds;
        /** Whether the source could not be asked during this page; it is not asked again within it. */
        private boolean unavailable;

        Side(Source<T> source, Position position, int limit) {
            this.source = source;
            this.position = position;
            this.limit = limit;
        }

        /** The next thanks of this source, asking it when needed; null when it has none (or no more rounds). */
        Entry<T> head() {
            while (buffer.isEmpty() && !position.done() && !unavailable && rounds < MAX_ROUNDS) {
                rounds++;
                Batch<T> batch = source.fetch(position.before(), limit);
                if (batch.unavailable()) {
                    unavailable = true;
                    break;
                }
                buffer.addAll(batch.entries());
                batchNext = batch.next();
                if (buffer.isEmpty()) {
                    position = batchNext == null ? Position.DONE : Position.below(batchNext);
                }
            }
            return buffer.peekFirst();
        }

        Entry<T> take() {
            Entry<T> taken = buffer.removeFirst();
            if (!buffer.isEmpty()) {
                position = Position.below(taken.id());
            } else {
                // all that was answered is shown: continue where the source said, which may skip what it left out
                position = batchNext == null ? Position.DONE : Position.below(batchNext);
            }
            return taken;
        }
    }
}
