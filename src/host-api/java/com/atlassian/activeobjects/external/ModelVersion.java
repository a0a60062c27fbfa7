package com.atlassian.activeobjects.external;

/**
 * Host declaration (compile only, never packaged): the whole-number model version of a plugin's AO tables; no stored
 * version reads as 0. The sandbox runs this declaration, so it behaves as the host's class does.
 * Mirrors activeobjects-plugin 5.2.1, com/atlassian/activeobjects/external/ModelVersion (docs/HOST-FACTS.md §9.2).
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
