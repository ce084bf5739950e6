(* A FUNCTIONAL procedure may assign only its own locals. *)
MODULE FunctionalAssignsGlobal EXPORTS Main;

VAR calls := 0;

FUNCTIONAL PROCEDURE Guard (n: INTEGER): BOOLEAN =
  BEGIN
    calls := calls + 1;
    RETURN n > 0;
  END Guard;

BEGIN
  EVAL Guard(1);
END FunctionalAssignsGlobal.
