-- Protects the audit log from the application's own database role (issue #14).
--
-- The app and its Flyway migrations run as one role (firstsession), which owns every table it creates,
-- and a table's owner can TRUNCATE it, drop or disable its append-only trigger, or replace the trigger's
-- function. So the audit log is handed to a separate role that nobody logs in as, and the application
-- role keeps only INSERT and SELECT on it.
--
-- Run once per database as a superuser, BEFORE the application's first start (or before the start that
-- applies migration V15): psql -v app_role=firstsession -d <database> -f audit-log-owner.sql
-- It is idempotent. It creates
--   * the role firstsession_audit (NOLOGIN), the audit log's owner;
--   * the schema firstsession_admin (owned by the superuser; the app role may only use it) with the
--     function protect_audit_log(), which the migration V15 calls: it moves audit_log and its trigger
--     function to firstsession_audit and grants the app role INSERT and SELECT. It is SECURITY DEFINER,
--     takes no arguments and only ever does this one thing.
-- The test databases are rebuilt from nothing on every run, so the migration calls the function each
-- time; src/build/local-postgres.sh runs this file for the dev, test and end-to-end databases.
\set ON_ERROR_STOP on

DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'firstsession_audit') THEN
        CREATE ROLE firstsession_audit NOLOGIN;
    END IF;
END $$;

CREATE SCHEMA IF NOT EXISTS firstsession_admin;
REVOKE ALL ON SCHEMA firstsession_admin FROM PUBLIC;
GRANT USAGE ON SCHEMA firstsession_admin TO :"app_role";

SET firstsession.app_role = :'app_role';
DO $outer$
DECLARE
    app_role text := current_setting('firstsession.app_role');
BEGIN
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION firstsession_admin.protect_audit_log() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
        BEGIN
            IF to_regclass('public.audit_log') IS NULL THEN
                RETURN;
            END IF;
            ALTER TABLE public.audit_log OWNER TO firstsession_audit;
            ALTER FUNCTION public.audit_log_is_append_only() OWNER TO firstsession_audit;
            REVOKE ALL ON public.audit_log FROM PUBLIC, %1$I;
            GRANT SELECT, INSERT ON public.audit_log TO %1$I;
            EXECUTE format('GRANT USAGE ON SEQUENCE %%s TO %%I',
                    pg_get_serial_sequence('public.audit_log', 'id'), %1$L);
        END
        $body$$f$, app_role);
END
$outer$;
REVOKE ALL ON FUNCTION firstsession_admin.protect_audit_log() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION firstsession_admin.protect_audit_log() TO :"app_role";
