-- The audit log must resist the role this migration runs as (the application's role): as the table's
-- owner it could TRUNCATE it or drop its append-only trigger. A superuser prepares a separate owner once
-- (src/build/audit-log-owner.sql, README "Audit log protection"); here the table is handed over to it.
-- Without that preparation the migration still succeeds, with a warning, so a database the operator has
-- not prepared yet keeps working; after preparing it later, run SELECT firstsession_admin.protect_audit_log();
-- once (as the application role or a superuser) to hand the existing table over.
DO $$
BEGIN
    IF to_regprocedure('firstsession_admin.protect_audit_log()') IS NOT NULL THEN
        PERFORM firstsession_admin.protect_audit_log();
    ELSE
        RAISE WARNING 'audit_log is owned by the application role and NOT protected against TRUNCATE: run src/build/audit-log-owner.sql as a superuser (see README, "Audit log protection")';
    END IF;
END
$$;
