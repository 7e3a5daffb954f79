-- Issue #22, "Within my budget": a profile may offer reduced fees (sliding scale) with a short note of its own.
-- The note is the specialist's own text: exported and erased with the profile (specialist.SpecialistPersonalData).
ALTER TABLE specialist
    ADD COLUMN reduced_fee_available boolean NOT NULL DEFAULT false,
    ADD COLUMN reduced_fee_note text,
    ADD CONSTRAINT specialist_reduced_fee_note_chk CHECK (reduced_fee_note IS NULL OR reduced_fee_available);
