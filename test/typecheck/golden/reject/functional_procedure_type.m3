(* Only a FUNCTIONAL procedure can be stored in a FUNCTIONAL procedure type. *)
MODULE FunctionalProcedureType EXPORTS Main;

TYPE Guard = FUNCTIONAL PROCEDURE (n: INTEGER): BOOLEAN;

PROCEDURE Positive (n: INTEGER): BOOLEAN =
  BEGIN
    RETURN n > 0;
  END Positive;

VAR g: Guard;

BEGIN
  g := Positive;
END FunctionalProcedureType.
