#!/bin/sh
# Runs once, when the PostgreSQL volume is empty, as the superuser of the official image: the two
# roles and the database of ADR 0003, with the same scripts the launcher and the tests use.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_role="$CMC_DB_OWNER_USER" -v owner_password="$CMC_DB_OWNER_PASSWORD" \
  -v app_role="$CMC_DB_USER" -v app_password="$CMC_DB_PASSWORD" \
  -f /cmc-db/roles.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -c "CREATE DATABASE cmc OWNER \"$CMC_DB_OWNER_USER\" ENCODING 'UTF8'"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname cmc \
  -v database=cmc -v owner_role="$CMC_DB_OWNER_USER" -v app_role="$CMC_DB_USER" \
  -f /cmc-db/database.sql
