(* A FUNCTIONAL procedure may call only FUNCTIONAL procedures. *)
MODULE FunctionalCallsNonfunctional EXPORTS Main;

PROCEDURE Log (n: INTEGER): INTEGER =
  BEGIN
    RETURN n;
  END Log;

FUNCTIONAL PROCEDURE Guard (n: INTEGER): BOOLEAN =
  BEGIN
    RETURN Log(n) > 0;
  END Guard;

BEGIN
  EVAL Guard(1);
END FunctionalCallsNonfunctional.
