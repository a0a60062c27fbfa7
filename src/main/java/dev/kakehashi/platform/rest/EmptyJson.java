package dev.kakehashi.platform.rest;

/**
 * The body of a change that needs no details: {@code {}}. Changes take JSON only, so even these carry an (empty)
 * object; a member in it is an unknown field (400).
 */
public record EmptyJson() {
}
