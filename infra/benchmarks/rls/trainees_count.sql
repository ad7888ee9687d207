-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for the same page: JpaPlacements.countTrainees.
SELECT COUNT(id)
FROM trainee
WHERE ((1 = 1) AND (academic_year = :year)) AND (tenant_id = :tenant);
