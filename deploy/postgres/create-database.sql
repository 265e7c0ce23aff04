-- Creates the e-PHR database and its owner on a PostgreSQL server (run as a superuser):
--   psql -h localhost -U postgres -f deploy/postgres/create-database.sql
-- The password is a LOCAL DEVELOPMENT DEFAULT; choose your own anywhere else and pass it as EPHR_DB_PASSWORD.
-- The server creates and upgrades its tables itself, with HAPI FHIR's versioned migrations, at start-up.
CREATE ROLE ephr LOGIN PASSWORD 'ephr';
CREATE DATABASE ephr OWNER ephr ENCODING 'UTF8' TEMPLATE template0;
