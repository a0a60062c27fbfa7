package dev.kakehashi.company;

/**
 * Port to the other product's departments, values and thanks policy, asked for as the current user.
 */
public interface SourceReader {
    /** What the other product answered: its lists when it is the source, or why they could not be had. */
    Fetched read();

    /**
     * One answer: {@code data} when {@code failure} is null; otherwise {@code failure} is {@code not-linked},
     * {@code needs-authorisation}, {@code unreachable}, {@code refused} (an error answer or an unreadable one) or
     * {@code not-source} (the other product itself follows), and {@code authoriseUrl} may say where the current user
     * allows the link to act for them.
     */
    record Fetched(CompanyData data, String failure, String authoriseUrl) {
        public static Fetched of(CompanyData data) {
            return new Fetched(data, null, null);
        }

        public static Fetched failed(String failure, String authoriseUrl) {
            return new Fetched(null, failure, authoriseUrl);
        }
    }
}
