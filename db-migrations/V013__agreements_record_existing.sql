-- Agreements a resident and a sales company concluded before the park used ParkChain are recorded by the park admin
-- ("imported"): they carry no resident signature made here, but who recorded them, and start on a past date.
ALTER TABLE agreements_agreement ALTER COLUMN resident_signature DROP NOT NULL,
    ALTER COLUMN resident_fingerprint DROP NOT NULL, ADD COLUMN imported_by VARCHAR(64);
ALTER TABLE agreements_agreement ADD CONSTRAINT agreements_agreement_signed_or_imported
    CHECK ((resident_signature IS NOT NULL AND resident_fingerprint IS NOT NULL) OR imported_by IS NOT NULL);
