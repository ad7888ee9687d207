-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for the same page: JpaAdmissions.search's count query ("select count(a) from
-- Application a, Applicant p" and the same conditions).
SELECT COUNT(t0.id)
FROM application t0, applicant t1
WHERE ((t1.id = t0.applicant_id) AND (t0.academic_year = :year)) AND ((t0.tenant_id = :tenant) AND (t1.tenant_id = :tenant));
