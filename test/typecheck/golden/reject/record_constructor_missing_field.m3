(* A record constructor must give every field that has no default. *)
MODULE RecordConstructorMissingField EXPORTS Main;

TYPE Point = RECORD x, y: INTEGER; label: TEXT := "" END;

VAR p := Point{x := 1};

BEGIN
  EVAL p;
END RecordConstructorMissingField.
