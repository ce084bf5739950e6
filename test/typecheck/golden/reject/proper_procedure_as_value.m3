(* A proper procedure has no value to use in an expression. *)
MODULE ProperProcedureAsValue EXPORTS Main;

VAR n: INTEGER;

PROCEDURE P () =
  BEGIN
  END P;

BEGIN
  n := P();
END ProperProcedureAsValue.
