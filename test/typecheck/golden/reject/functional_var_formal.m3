(* A FUNCTIONAL procedure cannot have VAR parameters: writing them would be a side effect. *)
MODULE FunctionalVarFormal EXPORTS Main;

FUNCTIONAL PROCEDURE Clear (VAR n: INTEGER): BOOLEAN =
  BEGIN
    RETURN n = 0;
  END Clear;

VAR x := 1;

BEGIN
  EVAL Clear(x);
END FunctionalVarFormal.
