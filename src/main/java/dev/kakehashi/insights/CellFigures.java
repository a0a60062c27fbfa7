package dev.kakehashi.insights;

/**
 * The figures of one directed department pair over one period, and how many distinct people they rest on.
 */
public record CellFigures(String from, String to, int requests, int requestsDone, int thanks, int goals, int knowledge,
                          int events, int people) {
    /** A cell without events. */
    public CellFigures(String from, String to, int requests, int requestsDone, int thanks, int goals, int knowledge,
                       int people) {
        this(from, to, requests, requestsDone, thanks, goals, knowledge, 0, people);
    }

    /**
     * Every contact of the cell: requests, thanks, goals, knowledge pages and events attended together (done requests
     * are among the requests).
     */
    public int total() {
        return requests + thanks + goals + knowledge + events;
    }
}
