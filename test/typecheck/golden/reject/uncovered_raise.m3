(* RAISE of an exception the procedure does not declare. *)
MODULE UncoveredRaise EXPORTS Main;

EXCEPTION Oops;

PROCEDURE P () =
  BEGIN
    RAISE Oops;
  END P;

BEGIN
  P();
END UncoveredRaise.
