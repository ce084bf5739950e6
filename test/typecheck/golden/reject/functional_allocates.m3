(* A FUNCTIONAL procedure may not allocate. *)
MODULE FunctionalAllocates EXPORTS Main;

TYPE Box = REF INTEGER;

FUNCTIONAL PROCEDURE Make (): Box =
  BEGIN
    RETURN NEW(Box);
  END Make;

BEGIN
  EVAL Make();
END FunctionalAllocates.
