package dev.kakehashi.collaboration.rest;

import java.util.List;

/**
 * The record between the two departments of a request: earlier requests the caller may see and the public thanks
 * between them over the last year.
 */
public record PartnershipJson(String departmentA, String departmentB, List<Earlier> earlier, int thanksAToB,
                              int thanksBToA) {
    /** An earlier request between the two departments. */
    public record Earlier(String issueKey, String summary, int step, String stepKey, boolean resolved,
                          String requestingDepartment, String url) {
    }
}
