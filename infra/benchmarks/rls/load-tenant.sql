-- One city's share of the whole-network scenario, written the way the platform writes: as the
-- application role, inside one transaction bound to the city by app.tenant_id (ADR 0002), so every
-- row passes the tenant_isolation policy's WITH CHECK. Deterministic: every id and value is derived
-- from md5(seed / tenant / kind / ordinal); the same variables give the same rows.
--
-- psql variables (rls-cost.sh computes them from the national figures, see docs/benchmarks-rls.md):
--   tenant, k (the id seed: <seed>/<tenant>/), year, prefix (2 letters of the national ids), poles,
--   programmes_per_pole, programmes (= poles x programmes_per_pole), first_year (first-year seats =
--   trainees), total_seats, applications, wishes.
--
-- Shape: poles (institutions) cycle over the 12 sectors; 8 programmes per pole with a level mix;
-- one intake per programme for :year whose first-year seats are filled by exactly its trainees;
-- one applicant per application; wish k goes to application ((k-1) mod N)+1 at preference
-- ((k-1) div N)+1 (2 or 3 wishes each at 2.5 on average), the first wish skewed towards popular
-- programmes (square of a uniform draw), the first :first_year applications ENROLLED as trainees
-- in groups of at most 25.

BEGIN;
SELECT set_config('app.tenant_id', :'tenant', true) \gset

INSERT INTO pole (tenant_id, id, version, code, name_fr, name_ar, sector_code)
SELECT :'tenant', md5(:'k' || 'pole/' || i)::uuid, 1, 'P' || lpad(i::text, 3, '0'),
       'Pôle ' || s.name_fr || ' ' || i, 'قطب ' || s.name_ar || ' ' || i, s.code
FROM generate_series(1, :poles) i
JOIN sector s ON s.display_order = (i - 1) % 12 + 1;

INSERT INTO programme (tenant_id, id, version, code, name_fr, name_ar, sector_code, pole_id, level,
                       duration_months, soft_skills_share, new_curriculum, language_semester,
                       target_age_min, target_age_max, minimum_education, status)
SELECT :'tenant', md5(:'k' || 'programme/' || j)::uuid, 1, 'PR' || lpad(j::text, 4, '0'),
       'Filière ' || j, 'شعبة ' || j, p.sector_code, p.id, lv.level, lv.months, 30, false,
       s.language_semester, 15, 30, lv.education, 'ACTIVE'
FROM generate_series(1, :programmes) j
CROSS JOIN LATERAL (SELECT ('x' || substr(md5(:'k' || 'level/' || j), 1, 8))::bit(32)::bigint
                           / 4294967296.0 AS u) r
CROSS JOIN LATERAL (
  SELECT * FROM (VALUES
    (0.30, 'SPECIALIZED_TECHNICIAN', 24, 'BACCALAUREATE'),
    (0.60, 'TECHNICIAN', 24, 'SECONDARY'),
    (0.80, 'QUALIFIED_WORKER', 12, 'MIDDLE_SCHOOL'),
    (0.90, 'QUALIFYING', 6, 'PRIMARY'),
    (0.95, 'PROFESSIONAL_BAC', 36, 'MIDDLE_SCHOOL'),
    (1.01, 'MIDDLE_SCHOOL_PATH', 12, 'PRIMARY')) v (upto, level, months, education)
  WHERE r.u < v.upto ORDER BY v.upto LIMIT 1) lv
JOIN pole p ON p.tenant_id = :'tenant' AND p.code = 'P' || lpad(((j - 1) / :programmes_per_pole + 1)::text, 3, '0')
JOIN sector s ON s.code = p.sector_code;

-- Programme j takes the trainees i with (i-1) mod P = j-1: its first-year seats are their count.
INSERT INTO programme_intake (tenant_id, id, version, programme_id, academic_year, total_seats, first_year_seats)
SELECT :'tenant', md5(:'k' || 'intake/' || j)::uuid, 1, md5(:'k' || 'programme/' || j)::uuid, :'year',
       fy + extra, fy
FROM generate_series(1, :programmes) j
CROSS JOIN LATERAL (
  SELECT :first_year / :programmes + CASE WHEN j <= :first_year % :programmes THEN 1 ELSE 0 END AS fy,
         (:total_seats - :first_year) / :programmes
           + CASE WHEN j <= (:total_seats - :first_year) % :programmes THEN 1 ELSE 0 END AS extra) n;

INSERT INTO applicant (tenant_id, id, version, national_id, id_kind, first_name_fr, last_name_fr, first_name_ar,
                       last_name_ar, birth_date, sex, province, remote_area, disability, education_level, phone)
SELECT :'tenant', md5(:'k' || 'applicant/' || i)::uuid, 1, :'prefix' || lpad(i::text, 6, '0'), 'CIN',
       (ARRAY['Yassine', 'Salma', 'Omar', 'Imane', 'Hamza', 'Khadija', 'Ayoub', 'Fatima-Zahra'])[h % 8 + 1],
       (ARRAY['Alaoui', 'Benali', 'El Idrissi', 'Tazi', 'Bennani', 'Amrani', 'Chraibi', 'Ouazzani'])[h / 8 % 8 + 1],
       (ARRAY['ياسين', 'سلمى', 'عمر', 'إيمان', 'حمزة', 'خديجة', 'أيوب', 'فاطمة الزهراء'])[h % 8 + 1],
       (ARRAY['العلوي', 'بنعلي', 'الإدريسي', 'التازي', 'بناني', 'العمراني', 'الشرايبي', 'الوزاني'])[h / 8 % 8 + 1],
       date '2003-01-01' + (h / 64 % 3650)::int,
       CASE WHEN h % 8 IN (1, 3, 5, 7) THEN 'F' ELSE 'M' END,
       CASE WHEN h / 5000 % 10 < 7 THEN t.city_fr ELSE 'Province ' || (h / 50000 % 6 + 1) END,
       h / 700 % 10 = 0, h / 900 % 50 = 0,
       (ARRAY['BACCALAUREATE', 'BACCALAUREATE', 'SECONDARY', 'MIDDLE_SCHOOL', 'HIGHER'])[h / 3000 % 5 + 1],
       '+2126' || lpad((h % 100000000)::text, 8, '0')
FROM tenant t, generate_series(1, :applications) i
CROSS JOIN LATERAL (SELECT ('x' || substr(md5(:'k' || 'person/' || i), 1, 8))::bit(32)::bigint AS h) r
WHERE t.code = :'tenant';

INSERT INTO application (tenant_id, id, version, applicant_id, academic_year, status, submitted_at, source)
SELECT :'tenant', md5(:'k' || 'application/' || i)::uuid, 1, md5(:'k' || 'applicant/' || i)::uuid, :'year',
       CASE WHEN i <= :first_year THEN 'ENROLLED'
            ELSE (ARRAY['WAITLISTED', 'WAITLISTED', 'WAITLISTED', 'RANKED', 'DECLINED', 'INELIGIBLE'])[h % 6 + 1] END,
       timestamptz '2025-05-01 08:00:00+01' + (h / 6 % 5270400) * interval '1 second',
       CASE WHEN h / 40000000 % 10 = 0 THEN 'API' ELSE 'IMPORT' END
FROM generate_series(1, :applications) i
CROSS JOIN LATERAL (SELECT ('x' || substr(md5(:'k' || 'submitted/' || i), 1, 8))::bit(32)::bigint AS h) r;

INSERT INTO application_wish (tenant_id, id, version, application_id, preference, programme_id, grade_average,
                              test_score, interview_score, eligible, ineligibility)
SELECT :'tenant', md5(:'k' || 'wish/' || w)::uuid, 1, md5(:'k' || 'application/' || a)::uuid, pref,
       md5(:'k' || 'programme/' || ((base + (pref - 1) * 7) % :programmes + 1))::uuid,
       10 + (h % 1000) / 100.0, CASE WHEN h / 1000 % 3 = 0 THEN 8 + (h / 3000 % 1200) / 100.0 END, NULL,
       h / 50000 % 33 <> 0, CASE WHEN h / 50000 % 33 = 0 THEN 'Niveau d''études minimal non atteint' END
FROM generate_series(1, :wishes) w
CROSS JOIN LATERAL (SELECT (w - 1) % :applications + 1 AS a, (w - 1) / :applications + 1 AS pref) o
CROSS JOIN LATERAL (
  SELECT CASE WHEN o.a <= :first_year THEN (o.a - 1) % :programmes
              ELSE floor(:programmes * power(('x' || substr(md5(:'k' || 'popular/' || o.a), 1, 8))::bit(32)::bigint
                                              / 4294967296.0, 2))::int END AS base,
         ('x' || substr(md5(:'k' || 'grade/' || w), 1, 8))::bit(32)::bigint AS h) r;

-- Trainee i (i <= first_year) is enrolled from application i in programme ((i-1) mod P)+1, group
-- ((i-1) div P) div 25 of that programme.
INSERT INTO training_group (tenant_id, id, version, programme_id, academic_year, code, capacity, size)
SELECT :'tenant', md5(:'k' || 'group/' || j || '/' || g)::uuid, 1, md5(:'k' || 'programme/' || j)::uuid, :'year',
       'G' || (g + 1), 25, count(*)
FROM (SELECT i, (i - 1) % :programmes + 1 AS j, (i - 1) / :programmes / 25 AS g
      FROM generate_series(1, :first_year) i) placed
GROUP BY j, g;

INSERT INTO trainee (tenant_id, id, version, applicant_id, application_id, programme_id, academic_year, group_id,
                     status, enrolled_at)
SELECT :'tenant', md5(:'k' || 'trainee/' || i)::uuid, 1, md5(:'k' || 'applicant/' || i)::uuid,
       md5(:'k' || 'application/' || i)::uuid, md5(:'k' || 'programme/' || j)::uuid, :'year',
       md5(:'k' || 'group/' || j || '/' || g)::uuid,
       (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',
              'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED',
              'DROPPED_OUT'])[h % 20 + 1],
       timestamptz '2025-09-15 08:00:00+01' + (h / 20 % 1728000) * interval '1 second'
FROM (SELECT i, (i - 1) % :programmes + 1 AS j, (i - 1) / :programmes / 25 AS g
      FROM generate_series(1, :first_year) i) placed
CROSS JOIN LATERAL (SELECT ('x' || substr(md5(:'k' || 'enrolled/' || i), 1, 8))::bit(32)::bigint AS h) r;

COMMIT;
