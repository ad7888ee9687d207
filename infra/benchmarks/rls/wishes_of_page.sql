-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- platform sends for the same page: the wishes of its 20 applications, EclipseLink's batch fetch of
-- Application.wishes (@BatchFetch(IN), @OrderBy("preference")). The ids are 20 consecutive
-- applications of the generated data (md5 of their ordinal, as load-tenant.sql derives them).
\set a random(1, :applications - 19)
SELECT id, tenant_id, version, application_id, eligible, grade_average, ineligibility, interview_score, preference,
       programme_id, test_score
FROM application_wish
WHERE ((application_id IN (
    md5(:k || 'application/' || (:a + 0))::uuid,
    md5(:k || 'application/' || (:a + 1))::uuid,
    md5(:k || 'application/' || (:a + 2))::uuid,
    md5(:k || 'application/' || (:a + 3))::uuid,
    md5(:k || 'application/' || (:a + 4))::uuid,
    md5(:k || 'application/' || (:a + 5))::uuid,
    md5(:k || 'application/' || (:a + 6))::uuid,
    md5(:k || 'application/' || (:a + 7))::uuid,
    md5(:k || 'application/' || (:a + 8))::uuid,
    md5(:k || 'application/' || (:a + 9))::uuid,
    md5(:k || 'application/' || (:a + 10))::uuid,
    md5(:k || 'application/' || (:a + 11))::uuid,
    md5(:k || 'application/' || (:a + 12))::uuid,
    md5(:k || 'application/' || (:a + 13))::uuid,
    md5(:k || 'application/' || (:a + 14))::uuid,
    md5(:k || 'application/' || (:a + 15))::uuid,
    md5(:k || 'application/' || (:a + 16))::uuid,
    md5(:k || 'application/' || (:a + 17))::uuid,
    md5(:k || 'application/' || (:a + 18))::uuid,
    md5(:k || 'application/' || (:a + 19))::uuid
)) AND (tenant_id = :tenant))
ORDER BY preference;
