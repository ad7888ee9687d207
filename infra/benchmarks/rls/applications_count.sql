-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for the same page without a text filter: JpaAdmissions.search's count query
-- ("select count(a) from Application a" and the same conditions; the applicant is joined only
-- when a text filter names it, since 2026-12-02).
SELECT COUNT(id)
FROM application
WHERE (academic_year = :year) AND (tenant_id = :tenant);
