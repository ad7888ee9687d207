package ma.ofppt.cmc.boarding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name in French and Arabic, both required. */
public record NameDto(@NotBlank @Size(max = 200) String fr, @NotBlank @Size(max = 200) String ar) {}
