-- pgbench script (-M prepared; -D tenant= -D year= -D k= -D applications=), the SQL the
-- (and again with '' when it releases it): the cost of the database lock outside the queries.
SELECT set_config('app.tenant_id', :tenant, true);
