package com.atlassian.jira.entity.property;

import com.atlassian.fugue.Option;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Host declaration (compile only): Jira's service for JSON properties of an entity (validate, then set; an event is
 * published on success); only the members the plugin calls and the result classes the sandbox builds.
 * Mirrors jira-api (public Jira 6.x source in the code index, com/atlassian/jira/entity/property/EntityPropertyService,
 * @ExperimentalApi; signatures unchanged in the 7.0.8 Javadoc,
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/BaseEntityPropertyService.html); Jira 11 unverified.
 */
public interface EntityPropertyService<T> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput);

    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput,
                                                    EntityPropertyOptions options);

    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey);

    /** The key and JSON value of a property (both non-null). */
    class PropertyInput {
        private final String entityPropertyValue;
        private final String entityPropertyKey;

        public PropertyInput(String value, String key) {
            this.entityPropertyValue = java.util.Objects.requireNonNull(value);
            this.entityPropertyKey = java.util.Objects.requireNonNull(key);
        }

        public String getPropertyValue() {
            return entityPropertyValue;
        }

        public String getPropertyKey() {
            return entityPropertyKey;
        }
    }

    /** A validated property with the entity it belongs to. */
    class EntityPropertyInput extends PropertyInput {
        private final Long id;
        private final String entityName;

        public EntityPropertyInput(String value, String key, Long id, String entityName) {
            super(value, key);
            this.id = id;
            this.entityName = entityName;
        }

        public Long getEntityId() {
            return id;
        }

        public String getEntityName() {
            return entityName;
        }
    }

    abstract class PropertyServiceResult extends ServiceResultImpl {
        private final Option<EntityProperty> entityProperty;

        public PropertyServiceResult(ErrorCollection errorCollection, Option<EntityProperty> entityProperty) {
            super(errorCollection);
            this.entityProperty = entityProperty;
        }

        public Option<EntityProperty> getEntityProperty() {
            return entityProperty;
        }
    }

    class PropertyResult extends PropertyServiceResult {
        public PropertyResult(ErrorCollection errorCollection, Option<EntityProperty> entityProperty) {
            super(errorCollection, entityProperty);
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        private final Option<EntityPropertyInput> entityPropertyInput;

        public SetPropertyValidationResult(ErrorCollection errorCollection,
                                           Option<EntityPropertyInput> entityPropertyInput) {
            super(errorCollection);
            this.entityPropertyInput = entityPropertyInput;
        }

        public Option<EntityPropertyInput> getEntityPropertyInput() {
            return entityPropertyInput;
        }
    }
}
