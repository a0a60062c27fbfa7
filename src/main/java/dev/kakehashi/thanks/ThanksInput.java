package dev.kakehashi.thanks;

import java.util.List;

/**
 * What a person submits to thank colleagues: user names of the people, or the key of a whole department, the
 * message, a company value, where it happened, and whether it is private. Unchecked until the service checks it.
 */
public record ThanksInput(List<String> recipients, String department, String message, String value,
                          String contextType, String contextId, String visibility) {
}
