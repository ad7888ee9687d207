package ma.ofppt.cmc.platform.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that belongs to no city (the tenant registry, national catalogues such as the
 * sectors). Every other entity extends {@link TenantScopedEntity}; the architecture test refuses an
 * entity that is neither, so that forgetting the tenant is a build failure, not a leak.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedReferenceData {}
