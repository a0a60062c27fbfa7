package dev.kakehashi.insights;

/**
 * The figures of one directed department pair over one period, and how many distinct people they rest on.
 */
public record CellFigures(String from, String to, int requests, int requestsDone, int thanks, int goals, int knowledge,
                          int people) {
    /** Every contact of the cell: requests, thanks, goals and knowledge pages (done requests are among the requests). */
    public int total() {
        return requests + thanks + goals + knowledge;
    }
}
