package dev.kakehashi.transfer.rest;

/**
 * What the admin page's export and import section shows: the newest job (null before the first) and the limits.
 */
public record TransferStatusJson(String product, int modelVersion, long maxBytes, TransferJobJson job) {
}
