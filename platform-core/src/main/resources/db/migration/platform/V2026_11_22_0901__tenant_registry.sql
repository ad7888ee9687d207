-- Platform data, not tenant data: the 12 regions and the 12 CMCs (one per region). Readable by the
-- application; only the status columns of a tenant can change (platform-admin suspends/reactivates).
CREATE TABLE region (
  code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  name_fr  text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar  text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200)
);

CREATE TABLE tenant (
  code              text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  region_code       text NOT NULL UNIQUE REFERENCES region (code),
  legal_name        text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 300),
  name_fr           text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar           text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  city_fr           text NOT NULL CHECK (length(city_fr) BETWEEN 1 AND 200),
  city_ar           text NOT NULL CHECK (length(city_ar) BETWEEN 1 AND 200),
  opening_wave      integer NOT NULL CHECK (opening_wave BETWEEN 2019 AND 2100),
  first_intake      text CHECK (first_intake ~ '^[0-9]{4}-[0-9]{4}$'),
  status            text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  status_reason     text CHECK (length(status_reason) <= 500),
  status_changed_at timestamptz,
  version           bigint NOT NULL DEFAULT 1
);

GRANT SELECT ON region TO ${app_role};
GRANT SELECT ON tenant TO ${app_role};
GRANT UPDATE (status, status_reason, status_changed_at, version) ON tenant TO ${app_role};

INSERT INTO region (code, name_fr, name_ar) VALUES
  ('tanger-tetouan-al-hoceima', 'Tanger-Tétouan-Al Hoceïma', 'جهة طنجة تطوان الحسيمة'),
  ('oriental', 'L''Oriental', 'جهة الشرق'),
  ('fes-meknes', 'Fès-Meknès', 'جهة فاس مكناس'),
  ('rabat-sale-kenitra', 'Rabat-Salé-Kénitra', 'جهة الرباط سلا القنيطرة'),
  ('beni-mellal-khenifra', 'Béni Mellal-Khénifra', 'جهة بني ملال خنيفرة'),
  ('casablanca-settat', 'Casablanca-Settat', 'جهة الدار البيضاء سطات'),
  ('marrakech-safi', 'Marrakech-Safi', 'جهة مراكش آسفي'),
  ('draa-tafilalet', 'Drâa-Tafilalet', 'جهة درعة تافيلالت'),
  ('souss-massa', 'Souss-Massa', 'جهة سوس ماسة'),
  ('guelmim-oued-noun', 'Guelmim-Oued Noun', 'جهة كلميم واد نون'),
  ('laayoune-sakia-el-hamra', 'Laâyoune-Sakia El Hamra', 'جهة العيون الساقية الحمراء'),
  ('dakhla-oued-ed-dahab', 'Dakhla-Oued Ed-Dahab', 'جهة الداخلة وادي الذهب');

-- Legal names follow one pattern until each SA's registered name is entered; cities are the seats
-- named in OFPPT's communications where known (Tamansourt, Tamesna, Agadir), else the regional
-- capital. first_intake is set only where a public source gives or directly implies it (Béni
-- Mellal's second-year trainees started in September 2025, so its first intake was 2024-2025).
INSERT INTO tenant (code, region_code, legal_name, name_fr, name_ar, city_fr, city_ar, opening_wave, first_intake)
SELECT r.code, r.code,
       'Société de gestion de la CMC ' || r.name_fr || ' SA',
       'Cité des Métiers et des Compétences ' || r.name_fr,
       'مدينة المهن والكفاءات ' || r.name_ar,
       c.city_fr, c.city_ar, c.wave, c.first_intake
FROM region r
JOIN (VALUES
  ('tanger-tetouan-al-hoceima', 'Tanger', 'طنجة', 2022, NULL),
  ('oriental', 'Oujda', 'وجدة', 2021, NULL),
  ('fes-meknes', 'Fès', 'فاس', 2022, NULL),
  ('rabat-sale-kenitra', 'Tamesna', 'تامسنا', 2022, NULL),
  ('beni-mellal-khenifra', 'Béni Mellal', 'بني ملال', 2022, '2024-2025'),
  ('casablanca-settat', 'Casablanca', 'الدار البيضاء', 2023, NULL),
  ('marrakech-safi', 'Tamansourt', 'تامنصورت', 2023, '2025-2026'),
  ('draa-tafilalet', 'Errachidia', 'الرشيدية', 2023, NULL),
  ('souss-massa', 'Agadir', 'أكادير', 2021, NULL),
  ('guelmim-oued-noun', 'Guelmim', 'كلميم', 2022, '2025-2026'),
  ('laayoune-sakia-el-hamra', 'Laâyoune', 'العيون', 2021, NULL),
  ('dakhla-oued-ed-dahab', 'Dakhla', 'الداخلة', 2023, '2025-2026')
) AS c (code, city_fr, city_ar, wave, first_intake) ON c.code = r.code;
