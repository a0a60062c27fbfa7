package dev.kakehashi.collaboration;

import java.util.List;

/**
 * The record between two departments, as a simple trust signal: their earlier requests that the reader may see
 * (with the step each reached) and how many thanks went each way in the last year.
 */
public record Partnership(String departmentA, String departmentB, List<Earlier> earlier, int thanksAToB,
                          int thanksBToA) {
    /** An earlier request between the two. */
    public record Earlier(String issueKey, String summary, Step step, boolean resolved, String requestingDepartment) {
    }

    public Partnership {
        earlier = List.copyOf(earlier);
    }
}
