-- The day a graduation was recorded: the career centre's tracer surveys are due 6 and 12 months
-- after it. Null for every other status (kept by the Trainee aggregate).
ALTER TABLE trainee ADD COLUMN graduated_on date;
-- platform_isolate_tenant_table grants UPDATE column by column; a new column needs its own grant.
GRANT UPDATE (graduated_on) ON trainee TO ${app_role};
