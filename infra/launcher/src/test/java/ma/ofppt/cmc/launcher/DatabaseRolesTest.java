package ma.ofppt.cmc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseRolesTest {

  @Test
  void substitutesLiteralsAndIdentifiersTheWayPsqlDoes() {
    String sql = "ALTER ROLE :\"role\" PASSWORD :'secret'";
    assertEquals(
        "ALTER ROLE \"o\"\"dd\" PASSWORD 'it''s'",
        DatabaseRoles.substitute(sql, Map.of("role", "o\"dd", "secret", "it's")));
  }
}
