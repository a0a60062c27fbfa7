package dev.kakehashi.thanks.rest;

/**
 * Why an administrator hides a thanks: required, up to 300 characters; told to its sender.
 */
public record HideJson(String reason) {
}
