(* A record's field names must be distinct. *)
MODULE DuplicateField EXPORTS Main;

TYPE Point = RECORD x: INTEGER; y: INTEGER; x: REAL END;

BEGIN
END DuplicateField.
