package dev.kakehashi.admin.rest;

import java.util.List;

/**
 * A new order for a list: every key exactly once, first to last.
 */
public record OrderJson(List<String> keys) {
}
