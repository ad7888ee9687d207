package ma.ofppt.cmc.platform.tenancy;

/**
 * Fired once by the server's start-up, after the schema was migrated and the demo data (if any)
 * loaded. Work that must start after that (the consolidation relays) observes this rather than
 * {@code @Initialized(ApplicationScoped.class)}, which each library jar receives on its own, in no
 * order relative to the server's start-up.
 */
public record PlatformReady() {}
