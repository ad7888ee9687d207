package ma.ofppt.cmc.platform.security.demo;

import java.util.List;

/**
 * What a demo token should say. City staff name their city ({@code tenant}); a regional auditor
 * names a region; HQ and platform administrators name neither.
 */
public record DevTokenRequest(
    String tenant, String region, List<String> roles, String subject, Integer ttlMinutes) {}
