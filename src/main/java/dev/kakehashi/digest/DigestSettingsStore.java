package dev.kakehashi.digest;

/**
 * Port to where the digest settings are kept; {@link DigestSettings#DEFAULT} until an administrator saves some.
 */
public interface DigestSettingsStore {
    DigestSettings get();

    void save(DigestSettings settings);
}
