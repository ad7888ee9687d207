-- The two busiest lists read a page in the order they show it. The applications page is ordered by
-- submission time, newest first, then id (JpaAdmissions.search), the trainees page by enrolment
-- time then id (JpaPlacements.trainees), both within one city's academic year. Without an index in
-- that order PostgreSQL reads and sorts the whole year of the city for every page (~35,000
-- applications in Marrakech-Safi at national scale, see docs/benchmarks-rls.md); with it, it reads
-- the page's rows and stops. The directions must match the ORDER BY exactly (DESC then ASC): a
-- backward scan of an all-ascending index would give id DESC.
CREATE INDEX application_submitted ON application (tenant_id, academic_year, submitted_at DESC, id);
CREATE INDEX trainee_enrolled ON trainee (tenant_id, academic_year, enrolled_at, id);
