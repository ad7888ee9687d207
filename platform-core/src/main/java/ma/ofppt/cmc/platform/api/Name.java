package ma.ofppt.cmc.platform.api;

import ma.ofppt.cmc.platform.domain.LocalizedName;

/** A name in French and Arabic as it travels in the API. */
public record Name(String fr, String ar) {
  public static Name of(LocalizedName name) {
    return new Name(name.fr(), name.ar());
  }
}
