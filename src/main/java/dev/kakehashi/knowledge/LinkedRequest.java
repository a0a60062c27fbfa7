package dev.kakehashi.knowledge;

/**
 * A collaboration request in Jira as Confluence reads it over the application link: what a results page is
 * pre-filled from. People are user names (the products share their users); departments are keys.
 */
public record LinkedRequest(String issueKey, String summary, String url, String requestingDepartment,
                            String partnerDepartment, String purpose, Person requester,
                            Person partnerContact, Person decisionOwner) {
    /** A person of the request: user name and display name, both empty when the role is not taken. */
    public record Person(String username, String displayName) {
        public boolean present() {
            return !username.isEmpty();
        }
    }
}
