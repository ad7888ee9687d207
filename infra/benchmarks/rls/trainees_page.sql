-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for GET /api/v1/trainees?academicYear=…&size=20&page=…: JpaPlacements.trainees
-- ("select t from Trainee t where 1 = 1 and t.academicYear = :year order by t.enrolledAt, t.id").
\set page random(0, 19)
SELECT id, tenant_id, version, academic_year, applicant_id, application_id, enrolled_at, group_id, programme_id,
       status, status_reason, transferred_from
FROM trainee
WHERE ((1 = 1) AND (academic_year = :year)) AND (tenant_id = :tenant)
ORDER BY enrolled_at, id LIMIT 20 OFFSET :page * 20;
