-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for GET /api/v1/applications?academicYear=…&size=20&page=…: JpaAdmissions.search's page
-- query (JPQL "select a, p from Application a, Applicant p where p.id = a.applicantId and
-- a.academicYear = :year order by a.submittedAt desc, a.id") with EclipseLink's tenant conditions.
\set page random(0, 19)
SELECT t0.id, t0.tenant_id, t0.version, t0.academic_year, t0.applicant_id, t0.source, t0.status, t0.status_reason, t0.submitted_at,
       t1.id, t1.tenant_id, t1.version, t1.birth_date, t1.disability, t1.education_level, t1.email, t1.id_kind,
       t1.first_name_ar, t1.first_name_fr, t1.last_name_ar, t1.last_name_fr, t1.national_id, t1.phone, t1.province,
       t1.remote_area, t1.sex
FROM application t0, applicant t1
WHERE ((t1.id = t0.applicant_id) AND (t0.academic_year = :year)) AND ((t0.tenant_id = :tenant) AND (t1.tenant_id = :tenant))
ORDER BY t0.submitted_at DESC, t0.id LIMIT 20 OFFSET :page * 20;
