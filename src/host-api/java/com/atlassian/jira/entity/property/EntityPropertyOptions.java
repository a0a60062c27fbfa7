package com.atlassian.jira.entity.property;

/**
 * Host declaration (compile only): options of an entity property operation; {@code skipPermissionChecks} makes the
 * service check only that the entity exists and the key and value are valid.
 * Mirrors jira-api 7.0.8 Javadoc (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyOptions.Builder.html)
 * and Jira's BaseEntityPropertyService source (code index); Jira 11 unverified.
 */
public class EntityPropertyOptions {
    private final boolean skipPermissionChecks;

    EntityPropertyOptions(boolean skipPermissionChecks) {
        this.skipPermissionChecks = skipPermissionChecks;
    }

    public static EntityPropertyOptions defaults() {
        return new EntityPropertyOptions(false);
    }

    public boolean skipPermissionChecks() {
        return skipPermissionChecks;
    }

    public static class Builder {
        private boolean skipPermissionChecks;

        public Builder skipPermissionChecks() {
            skipPermissionChecks = true;
            return this;
        }

        public EntityPropertyOptions build() {
            return new EntityPropertyOptions(skipPermissionChecks);
        }
    }
}
