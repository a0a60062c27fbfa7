package dev.kakehashi.sandbox.ao;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Opens an Active Objects {@link EntityManager} the way the host's AO plugin does: the Atlassian name converters,
 * and tables prefixed {@code AO_} plus the last six hex digits of the MD5 of the plugin's AO namespace.
 */
public final class AoDatabase {
    private AoDatabase() {
    }

    /** The table prefix the host derives from an AO namespace, e.g. {@code AO_112619} for {@code dev.kakehashi}. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest)).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a database by JDBC URL: {@code jdbc:hsqldb:}, {@code jdbc:postgresql:} or {@code jdbc:mariadb:}. */
    public static EntityManager open(String url, String user, String password, String namespace) {
        PooledDataSource dataSource = new PooledDataSource(url, user, password);
        DatabaseProvider provider;
        if (url.startsWith("jdbc:hsqldb:")) {
            provider = new HSQLDatabaseProvider(dataSource);
        } else if (url.startsWith("jdbc:postgresql:")) {
            provider = new PostgreSQLDatabaseProvider(dataSource);
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            provider = new MySQLDatabaseProvider(dataSource);
        } else {
            throw new IllegalArgumentException("Unsupported database URL: " + url);
        }
        return entityManager(provider, namespace);
    }

    /** An entity manager over any provider, named the way the host names a plugin's tables. */
    public static EntityManager entityManager(DatabaseProvider provider, String namespace) {
        String prefix = tablePrefix(namespace) + "_";
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + name),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        EntityInfoResolverFactory resolvers = new CachingEntityInfoResolverFactory();
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        return new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return resolvers;
            }
        });
    }
}
