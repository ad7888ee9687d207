-- Imports write thousands of applications and wishes per transaction. An application's tenant is
-- already proved by its composite reference to its applicant (tenant_id, applicant_id), whose own
-- tenant_id references tenant (code); a wish's by its references to its application and programme.
-- The direct reference to tenant (code) checked the same fact a second time, one trigger call per
-- row, about a tenth of the insert's cost (docs/benchmarks.md, import).
ALTER TABLE application DROP CONSTRAINT application_tenant_id_fkey;
ALTER TABLE application_wish DROP CONSTRAINT application_wish_tenant_id_fkey;
