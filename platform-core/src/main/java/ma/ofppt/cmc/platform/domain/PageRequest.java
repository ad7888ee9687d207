package ma.ofppt.cmc.platform.domain;

/** A validated page request: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public PageRequest {
    DomainRuleViolation.require(page >= 0, "page", "must be 0 or more");
    DomainRuleViolation.require(
        size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return page * size;
  }
}
