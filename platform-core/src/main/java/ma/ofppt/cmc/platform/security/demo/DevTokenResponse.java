package ma.ofppt.cmc.platform.security.demo;

import java.time.Instant;
import java.util.List;

public record DevTokenResponse(
    String token,
    String tokenType,
    Instant expiresAt,
    String subject,
    String tenant,
    String region,
    List<String> roles) {}
