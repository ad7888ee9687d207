-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for GET /api/v1/applications/{id}: EntityManager.find(Application.class, id)
-- with EclipseLink's tenant condition (its wishes are one more query, as wishes_of_page.sql).
\set a random(1, :applications)
SELECT id, tenant_id, version, academic_year, applicant_id, source, status, status_reason, submitted_at
FROM application
WHERE ((id = md5(:k || 'application/' || :a)::uuid) AND (tenant_id = :tenant));
