-- The training offer. sector is national reference data (no tenant); pole, programme and
-- programme_intake belong to one city each and carry both locks.

CREATE TABLE sector (
  code               text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  name_fr            text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar            text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  is_new             boolean NOT NULL,
  language_semester  boolean NOT NULL,
  display_order      integer NOT NULL
);
GRANT SELECT ON sector TO ${app_role};
GRANT UPDATE (name_fr, name_ar) ON sector TO ${app_role};

-- The working list of 12 sectors from the programme's communications; Hospitality & Tourism and
-- Management & Commerce programmes carry one extra semester of languages and soft skills.
INSERT INTO sector (code, name_fr, name_ar, is_new, language_semester, display_order) VALUES
  ('management-commerce', 'Gestion & Commerce', 'التدبير والتجارة', false, true, 1),
  ('digital-ai', 'Digital & Intelligence Artificielle', 'الرقمنة والذكاء الاصطناعي', true, false, 2),
  ('tourism-hospitality', 'Tourisme & Hôtellerie', 'السياحة والفندقة', false, true, 3),
  ('health', 'Santé', 'الصحة', true, false, 4),
  ('industry', 'Industrie', 'الصناعة', false, false, 5),
  ('services-to-persons', 'Services aux personnes', 'خدمات الأشخاص', true, false, 6),
  ('crafts', 'Artisanat', 'الصناعة التقليدية', false, false, 7),
  ('arts-graphic-industries', 'Arts & Industries graphiques', 'الفنون والصناعات الغرافيكية', false, false, 8),
  ('building-public-works', 'BTP', 'البناء والأشغال العمومية', false, false, 9),
  ('logistics', 'Logistique', 'اللوجستيك', false, false, 10),
  ('agri-food', 'Agroalimentaire', 'الصناعات الغذائية', false, false, 11),
  ('maritime-fishing', 'Pêche maritime', 'الصيد البحري', false, false, 12);

CREATE TABLE pole (
  tenant_id    text NOT NULL REFERENCES tenant (code),
  id           uuid NOT NULL,
  version      bigint NOT NULL,
  code         text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  name_fr      text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar      text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  sector_code  text NOT NULL REFERENCES sector (code),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
GRANT SELECT, INSERT, UPDATE ON pole TO ${app_role};
SELECT platform_isolate_tenant_table('pole');

CREATE TABLE programme (
  tenant_id          text NOT NULL REFERENCES tenant (code),
  id                 uuid NOT NULL,
  version            bigint NOT NULL,
  code               text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  name_fr            text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar            text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  sector_code        text NOT NULL REFERENCES sector (code),
  pole_id            uuid NOT NULL,
  level              text NOT NULL CHECK (level IN ('QUALIFIED_WORKER', 'TECHNICIAN', 'SPECIALIZED_TECHNICIAN',
                                                    'QUALIFYING', 'PROFESSIONAL_BAC', 'MIDDLE_SCHOOL_PATH')),
  duration_months    integer NOT NULL CHECK (duration_months BETWEEN 1 AND 48),
  soft_skills_share  integer NOT NULL CHECK (soft_skills_share BETWEEN 0 AND 100),
  new_curriculum     boolean NOT NULL,
  language_semester  boolean NOT NULL,
  target_age_min     integer NOT NULL,
  target_age_max     integer NOT NULL,
  minimum_education  text NOT NULL CHECK (minimum_education IN ('NONE', 'PRIMARY', 'MIDDLE_SCHOOL', 'SECONDARY',
                                                                'BACCALAUREATE', 'HIGHER')),
  status             text NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
  status_reason      text CHECK (length(status_reason) <= 500),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, pole_id) REFERENCES pole (tenant_id, id),
  CHECK (target_age_min <= target_age_max),
  CHECK (target_age_min >= 14 AND target_age_max <= 65),
  -- Diploma levels target ages 15 to 30.
  CHECK (level NOT IN ('QUALIFIED_WORKER', 'TECHNICIAN', 'SPECIALIZED_TECHNICIAN')
         OR (target_age_min >= 15 AND target_age_max <= 30)),
  -- New curricula give at least 30 % to soft skills.
  CHECK (NOT new_curriculum OR soft_skills_share >= 30)
);
CREATE INDEX programme_pole ON programme (tenant_id, pole_id);
CREATE INDEX programme_sector ON programme (tenant_id, sector_code);
CREATE INDEX programme_level ON programme (tenant_id, level);
GRANT SELECT, INSERT, UPDATE ON programme TO ${app_role};
SELECT platform_isolate_tenant_table('programme');

CREATE TABLE programme_intake (
  tenant_id         text NOT NULL REFERENCES tenant (code),
  id                uuid NOT NULL,
  version           bigint NOT NULL,
  programme_id      uuid NOT NULL,
  academic_year     text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'
                                         AND substr(academic_year, 6, 4)::int = substr(academic_year, 1, 4)::int + 1),
  total_seats       integer NOT NULL CHECK (total_seats BETWEEN 1 AND 10000),
  first_year_seats  integer NOT NULL CHECK (first_year_seats >= 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, academic_year),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (first_year_seats <= total_seats)
);
CREATE INDEX programme_intake_year ON programme_intake (tenant_id, academic_year);
GRANT SELECT, INSERT, UPDATE, DELETE ON programme_intake TO ${app_role};
SELECT platform_isolate_tenant_table('programme_intake');
